import { match } from '@formatjs/intl-localematcher';
import { SOURCE_LOCALE, SUPPORTED_LOCALES, type SupportedLocale } from './locales';

/**
 * Best match for a requested BCP 47 tag among `available` (language, then region distance); en-US when nothing fits.
 * Tolerates "en_gb", lower case and garbage; never throws.
 */
export function matchLocale(requested: string | undefined | null, available: readonly string[]): string {
  const tag = requested?.trim().replace(/_/g, '-');
  if (!tag || available.length === 0) return SOURCE_LOCALE;
  try {
    return match(Intl.getCanonicalLocales(tag), [...available], SOURCE_LOCALE, { algorithm: 'best fit' });
  } catch {
    return SOURCE_LOCALE;
  }
}

/** The supported locale to use for a requested tag (Teams `activity.locale`, a user's choice); en-US by default. */
export function negotiateLocale(requested: string | undefined | null): SupportedLocale {
  return matchLocale(requested, SUPPORTED_LOCALES) as SupportedLocale;
}
