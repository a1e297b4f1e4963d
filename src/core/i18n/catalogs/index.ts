import enUS from './en-US.json';

/** A flat catalog: dotted message key -> ICU MessageFormat string. */
export type Catalog = Readonly<Record<string, string>>;

/**
 * Every shipped catalog by BCP 47 locale. To add a locale: put `<locale>.json` beside en-US.json (same keys),
 * import it here and add one line below. Nothing else changes.
 */
export const CATALOGS = {
  'en-US': enUS,
} as const satisfies Record<string, Catalog>;
