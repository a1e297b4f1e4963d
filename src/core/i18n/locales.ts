import { CATALOGS } from './catalogs';

/** A locale whose catalog ships in src/core/i18n/catalogs (see catalogs/index.ts). */
export type SupportedLocale = keyof typeof CATALOGS;

/** The source locale: every other catalog is translated from it and falls back to it. */
export const SOURCE_LOCALE = 'en-US' satisfies SupportedLocale;

/** Locales with a catalog, source locale first. */
export const SUPPORTED_LOCALES: readonly SupportedLocale[] = Object.freeze([
  SOURCE_LOCALE,
  ...(Object.keys(CATALOGS) as SupportedLocale[]).filter((l) => l !== SOURCE_LOCALE).sort(),
]);

/** Locales the product plans to ship (translators add their catalog, then it becomes supported). */
export const PLANNED_LOCALES = [
  'en-US',
  'hr-HR',
  'cs-CZ',
  'ro-RO',
  'bg-BG',
  'fi-FI',
  'de-DE',
  'fr-FR',
  'es-ES',
  'ja-JP',
  'ar-SA',
  'pt-BR',
  'zh-CN',
] as const;

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** Text direction of a BCP 47 locale: right-to-left for Arabic, Hebrew, Persian and Urdu. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** Type guard for a locale with a shipped catalog (exact, case-sensitive tag). */
export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATALOGS, value);
}
