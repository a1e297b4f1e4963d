import { CATALOGS, type Catalog } from './catalogs';
import { messageShape, type MessageShape } from './icu-arguments';
import { SOURCE_LOCALE } from './locales';

/** Product and cmdlet names that stay in English in every locale wherever en-US uses them. */
export const UNTRANSLATED_TERMS = [
  'Exchange Online',
  'Microsoft Entra',
  'Microsoft 365',
  'Microsoft Defender',
  'Set-CASMailbox',
  'Set-TransportConfig',
  'PowerShell',
  'SMTP AUTH',
  'OAuth',
] as const;

/** One problem found in a catalog. */
export interface CatalogProblem {
  locale: string;
  key: string;
  kind: 'missing' | 'extra' | 'syntax' | 'arguments' | 'plural' | 'term';
  detail: string;
}

/**
 * Checks every catalog against en-US: same keys, same ICU argument names, valid syntax, every plural category the
 * locale needs for whole numbers, and product names left untranslated. Returns [] when all is well.
 */
export function checkCatalogs(catalogs: Readonly<Record<string, Catalog>> = CATALOGS): CatalogProblem[] {
  const source = catalogs[SOURCE_LOCALE];
  if (!source)
    return [{ locale: SOURCE_LOCALE, key: '*', kind: 'missing', detail: 'the source catalog is missing' }];
  const problems: CatalogProblem[] = [];
  const sourceShapes = new Map<string, MessageShape>();
  for (const [key, message] of Object.entries(source)) {
    const shape = shapeOrProblem(SOURCE_LOCALE, key, message, problems);
    if (shape) sourceShapes.set(key, shape);
  }
  for (const [locale, catalog] of Object.entries(catalogs)) {
    if (locale === SOURCE_LOCALE) continue;
    problems.push(...compareCatalog(locale, catalog, source, sourceShapes));
  }
  return problems;
}

function compareCatalog(
  locale: string,
  catalog: Catalog,
  source: Catalog,
  sourceShapes: ReadonlyMap<string, MessageShape>,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const needed = wholeNumberCategories(locale);
  for (const key of Object.keys(source)) {
    if (catalog[key] === undefined) problems.push({ locale, key, kind: 'missing', detail: 'not translated' });
  }
  for (const [key, message] of Object.entries(catalog)) {
    const sourceMessage = source[key];
    if (sourceMessage === undefined) {
      problems.push({ locale, key, kind: 'extra', detail: 'key does not exist in en-US' });
      continue;
    }
    const shape = shapeOrProblem(locale, key, message, problems);
    const sourceShape = sourceShapes.get(key);
    if (shape && sourceShape) {
      const expected = [...sourceShape.argumentNames].sort().join(', ');
      const actual = [...shape.argumentNames].sort().join(', ');
      if (expected !== actual) {
        problems.push({
          locale,
          key,
          kind: 'arguments',
          detail: `expected {${expected}}, found {${actual}}`,
        });
      }
      for (const [argument, categories] of shape.pluralCategories) {
        const absent = needed.filter((category) => !categories.has(category));
        if (absent.length > 0) {
          problems.push({ locale, key, kind: 'plural', detail: `{${argument}} lacks ${absent.join(', ')}` });
        }
      }
    }
    for (const term of UNTRANSLATED_TERMS) {
      if (sourceMessage.includes(term) && !message.includes(term)) {
        problems.push({ locale, key, kind: 'term', detail: `keep "${term}" in English` });
      }
    }
  }
  return problems;
}

function shapeOrProblem(locale: string, key: string, message: string, problems: CatalogProblem[]) {
  try {
    return messageShape(message, locale);
  } catch (error) {
    problems.push({
      locale,
      key,
      kind: 'syntax',
      detail: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}

// The categories whole numbers can hit (Czech "many" is only for fractions, so it is not demanded).
function wholeNumberCategories(locale: string): string[] {
  const rules = new Intl.PluralRules(locale);
  const categories = new Set<string>();
  for (let n = 0; n <= 1000; n += 1) categories.add(rules.select(n));
  return [...categories];
}

/** Human-readable, one problem per line (for test failures and the CLI). */
export function formatCatalogProblems(problems: readonly CatalogProblem[]): string {
  return problems.map((p) => `${p.locale} ${p.key} [${p.kind}] ${p.detail}`).join('\n');
}
