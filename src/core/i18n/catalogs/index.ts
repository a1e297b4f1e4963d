import arSA from './ar-SA.json';
import bgBG from './bg-BG.json';
import csCZ from './cs-CZ.json';
import deDE from './de-DE.json';
import enUS from './en-US.json';
import frFR from './fr-FR.json';
import hrHR from './hr-HR.json';
import roRO from './ro-RO.json';

/** A flat catalog: dotted message key -> ICU MessageFormat string. */
export type Catalog = Readonly<Record<string, string>>;

/**
 * Every shipped catalog by BCP 47 locale. To add a locale: put `<locale>.json` beside en-US.json (same keys),
 * import it here and add one line below. Nothing else changes.
 */
export const CATALOGS = {
  'en-US': enUS,
  'ar-SA': arSA,
  'bg-BG': bgBG,
  'cs-CZ': csCZ,
  'de-DE': deDE,
  'fr-FR': frFR,
  'hr-HR': hrHR,
  'ro-RO': roRO,
} as const satisfies Record<string, Catalog>;
