/** The i18n module: ICU catalogs, locale negotiation, translators and catalog checks. */
export { CATALOGS, type Catalog } from './catalogs';
export {
  checkCatalogs,
  formatCatalogProblems,
  UNTRANSLATED_TERMS,
  type CatalogProblem,
} from './check-catalogs';
export {
  directionOf,
  isSupportedLocale,
  PLANNED_LOCALES,
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  type SupportedLocale,
} from './locales';
export { languageName } from './language-name';
export { clearMessageCache } from './message-cache';
export { matchLocale, negotiateLocale } from './negotiate-locale';
export { createTranslator, type TranslatorOptions } from './translator';
export type { MessageParams, Translator } from './types';
