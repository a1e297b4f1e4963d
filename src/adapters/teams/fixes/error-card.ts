import { cardShell, labelledUserText, textBlock } from '../../../core/cards/parts';
import type { AdaptiveCard, CardElement } from '../../../core/cards/types';
import type { BotError } from '../../../core/errors';
import type { Translator } from '../../../core/i18n/types';

/** A localized refusal or failure; names the Graph permission to grant when that is the cause. */
export function fixErrorCard(error: BotError, t: Translator): AdaptiveCard {
  const body: CardElement[] = [textBlock(t.t(error.messageKey, error.params), { color: 'Attention' })];
  if (error.code === 'GRAPH_PERMISSION_MISSING' && error.params.permission) {
    body.push(
      labelledUserText(t.t('fix.card.permission'), String(error.params.permission), { monospace: true }),
    );
  }
  return cardShell(t, body);
}
