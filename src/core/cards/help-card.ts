import type { Translator } from '../i18n/types';
import { cardShell, heading, textBlock } from './parts';
import type { AdaptiveCard } from './types';
import { UI_KEYS } from './ui-keys';

export interface HelpCardInput {
  t: Translator;
}

/** What the bot understands and how to use it. */
export function buildHelpCard(input: HelpCardInput): AdaptiveCard {
  const { t } = input;
  const title = t.t(UI_KEYS.helpTitle);
  return cardShell(t, [heading(title, 'Large'), textBlock(t.t(UI_KEYS.helpBody))]);
}
