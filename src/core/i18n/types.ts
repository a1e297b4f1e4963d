/** Contract of the i18n module (implemented in src/core/i18n/). */

export type MessageParams = Readonly<Record<string, string | number | Date | boolean>>;

export interface Translator {
  /** The negotiated BCP 47 locale actually used (e.g. "hr-HR"). */
  readonly locale: string;
  /** Text direction of the locale: cards set `rtl: true` for "rtl". */
  readonly direction: 'ltr' | 'rtl';
  /** Formats an ICU MessageFormat message; throws UNKNOWN key errors only in tests, falls back to en-US at run time. */
  t(key: string, params?: MessageParams): string;
  has(key: string): boolean;
}
