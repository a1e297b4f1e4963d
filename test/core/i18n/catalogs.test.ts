import { ERROR_CODES, errorMessageKey, type ErrorCode } from '../../../src/core/errors';
import {
  CATALOGS,
  checkCatalogs,
  formatCatalogProblems,
  UNTRANSLATED_TERMS,
  type Catalog,
} from '../../../src/core/i18n';

const catalogs: Readonly<Record<string, Catalog>> = CATALOGS;
const enUS = catalogs['en-US'] ?? {};

describe('shipped catalogs', () => {
  it('pass every check (same keys and ICU arguments as en-US, valid syntax, plurals, product names)', () => {
    const problems = checkCatalogs();
    if (problems.length > 0) throw new Error(`Catalog problems:\n${formatCatalogProblems(problems)}`);
    expect(problems).toEqual([]);
  });

  it.each(Object.keys(catalogs))('%s has a message for every error code', (locale) => {
    const catalog = catalogs[locale] ?? {};
    const missing = (Object.keys(ERROR_CODES) as ErrorCode[]).filter(
      (code) => !catalog[errorMessageKey(code)],
    );
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(catalogs))('%s keeps product and cmdlet names in English', (locale) => {
    const catalog = catalogs[locale] ?? {};
    const translated: string[] = [];
    for (const [key, source] of Object.entries(enUS)) {
      for (const term of UNTRANSLATED_TERMS) {
        if (source.includes(term) && !(catalog[key] ?? '').includes(term)) translated.push(`${key}: ${term}`);
      }
    }
    expect(translated).toEqual([]);
  });

  it('en-US has the card chrome the cards builder needs', () => {
    for (const key of [
      'ui.next',
      'ui.previous',
      'ui.fixed',
      'ui.still-failing',
      'ui.ask-helpdesk',
      'ui.apply-fix',
      'ui.request-fix',
      'ui.step-of',
      'ui.label.what-this-means',
      'ui.label.why',
      'ui.label.evidence',
      'ui.label.where-to-click',
      'ui.label.powershell',
      'ui.label.security-cost',
      'ui.welcome.body',
      'ui.help.body',
      'ui.no-error-found.body',
      'ui.language-changed',
      'ui.helpdesk.sent',
      'ui.fallback.read-ndr.title',
    ]) {
      expect(enUS[key]).toEqual(expect.any(String));
    }
  });
});
