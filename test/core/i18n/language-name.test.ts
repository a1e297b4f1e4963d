import { languageName, PLANNED_LOCALES } from '../../../src/core/i18n';

describe('languageName', () => {
  it('names each planned language in itself, capitalized', () => {
    expect(languageName('hr-HR')).toBe('Hrvatski');
    expect(languageName('cs-CZ')).toBe('Čeština');
    expect(languageName('de-DE')).toBe('Deutsch');
    expect(languageName('en-US')).toBe('English');
    for (const locale of PLANNED_LOCALES) expect(languageName(locale).length).toBeGreaterThan(1);
  });

  it('names a language in another locale', () => {
    expect(languageName('fi-FI', 'en-US')).toBe('Finnish');
  });

  it('returns the tag for malformed input', () => {
    expect(languageName('not a locale')).toBe('not a locale');
  });
});
