import { IntlMessageFormat } from 'intl-messageformat';

// Compiling ICU is the expensive part of formatting; each (locale, message text) is compiled once per process.
// Keyed by the text, not the catalog key, so catalogs injected in tests never collide with the shipped ones.
const compiled = new Map<string, IntlMessageFormat>();

/** Compiles an ICU message once per (locale, text); throws the parser's error on bad syntax. */
export function compileMessage(locale: string, message: string): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${message}`;
  const cached = compiled.get(cacheKey);
  if (cached) return cached;
  // ignoreTag: "<mailbox>" in prose is text, not a rich-text tag.
  const format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
  compiled.set(cacheKey, format);
  return format;
}

/** Empties the compiled-message cache (for tests that swap catalogs). */
export function clearMessageCache(): void {
  compiled.clear();
}
