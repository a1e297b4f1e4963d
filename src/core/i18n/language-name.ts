/** The name of a locale's language, written in `inLocale` (default: in itself), e.g. "hrvatski" for hr-HR. */
export function languageName(locale: string, inLocale: string = locale): string {
  try {
    const language = new Intl.Locale(locale).language;
    const name =
      new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'code' }).of(language) ?? locale;
    // Intl gives "hrvatski", "čeština"; a menu reads better with a capital first letter in the language's own rules.
    return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
  } catch {
    return locale;
  }
}
