import { BotError } from '../errors';
import { CATALOGS, type Catalog } from './catalogs';
import { directionOf, SOURCE_LOCALE } from './locales';
import { compileMessage } from './message-cache';
import { matchLocale, negotiateLocale } from './negotiate-locale';
import type { MessageParams, Translator } from './types';

/** Options of createTranslator. */
export interface TranslatorOptions {
  /** Throw BotError UNKNOWN_MESSAGE_KEY / MESSAGE_FORMAT_FAILED instead of falling back (tests, catalog checks). */
  strict?: boolean;
  /** Catalogs to use instead of the shipped ones (tests, translators previewing a draft). Must include en-US. */
  catalogs?: Readonly<Record<string, Catalog>>;
}

/** A translator for the best supported match of `locale`; missing keys fall back to en-US, then to the key itself. */
export function createTranslator(
  locale: string | undefined | null,
  options: TranslatorOptions = {},
): Translator {
  const catalogs: Readonly<Record<string, Catalog>> = options.catalogs ?? CATALOGS;
  const resolved = options.catalogs ? matchLocale(locale, Object.keys(catalogs)) : negotiateLocale(locale);
  const own = catalogs[resolved] ?? {};
  const source = catalogs[SOURCE_LOCALE] ?? {};
  const strict = options.strict ?? false;

  const tryFormat = (
    lang: string,
    key: string,
    message: string,
    params?: MessageParams,
  ): string | undefined => {
    try {
      return String(compileMessage(lang, message).format(toValues(params)));
    } catch (cause) {
      if (strict) throw new BotError('MESSAGE_FORMAT_FAILED', { cause, detail: `${lang} ${key}` });
      return undefined;
    }
  };

  return Object.freeze({
    locale: resolved,
    direction: directionOf(resolved),
    has: (key: string) => own[key] !== undefined || source[key] !== undefined,
    t(key: string, params?: MessageParams): string {
      const ownMessage = own[key];
      if (ownMessage !== undefined) {
        const text = tryFormat(resolved, key, ownMessage, params);
        if (text !== undefined) return text;
      }
      const sourceMessage = source[key];
      if (sourceMessage !== undefined) {
        const text = tryFormat(SOURCE_LOCALE, key, sourceMessage, params);
        if (text !== undefined) return text;
      }
      if (strict) throw new BotError('UNKNOWN_MESSAGE_KEY', { params: { key }, detail: key });
      return key;
    },
  });
}

// ICU select needs strings; booleans become "true"/"false" so `{flag, select, true {...} other {...}}` works.
function toValues(params?: MessageParams): Record<string, string | number | Date> | undefined {
  if (!params) return undefined;
  const values: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(params))
    values[name] = typeof value === 'boolean' ? String(value) : value;
  return values;
}
