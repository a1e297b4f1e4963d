import arSA from './ar-SA.json';
import bgBG from './bg-BG.json';
import csCZ from './cs-CZ.json';
import deDE from './de-DE.json';
import enUS from './en-US.json';
import esES from './es-ES.json';
import fiFI from './fi-FI.json';
import frFR from './fr-FR.json';
import hrHR from './hr-HR.json';
import jaJP from './ja-JP.json';
import ptBR from './pt-BR.json';
import roRO from './ro-RO.json';
import zhCN from './zh-CN.json';

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
  'es-ES': esES,
  'fi-FI': fiFI,
  'fr-FR': frFR,
  'hr-HR': hrHR,
  'ja-JP': jaJP,
  'pt-BR': ptBR,
  'ro-RO': roRO,
  'zh-CN': zhCN,
} as const satisfies Record<string, Catalog>;
