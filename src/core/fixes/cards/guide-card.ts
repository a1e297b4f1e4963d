import { cardShell, heading, textBlock } from '../../cards/parts';
import type { AdaptiveCard } from '../../cards/types';
import type { Translator } from '../../i18n/types';
import { getFixDefinition } from '../definitions';

/** The modern-auth guide: changes nothing, so anyone may open it. */
export function buildGuideCard(t: Translator): AdaptiveCard {
  const definition = getFixDefinition('modern-auth.guide');
  return cardShell(t, [
    heading(t.t(definition.titleKey)),
    textBlock(t.t(definition.expectedKey)),
    textBlock(t.t(definition.riskKey), { isSubtle: true }),
  ]);
}
