import type { TurnContext } from 'botbuilder';
import { BotError } from '../../../core/errors';
import type { Actor } from '../../../core/fixes/types';
import { tenantOf } from '../helpdesk';

/** Who clicked, from the activity only: card data can be forged, the channel's identity cannot. */
export function actorFrom(context: TurnContext): Actor {
  const from = context.activity.from;
  const tenantId = tenantOf(context.activity);
  if (!from?.aadObjectId || !tenantId) {
    throw new BotError('CARD_ACTION_FORGED', { detail: 'activity without aadObjectId or tenant' });
  }
  return {
    aadObjectId: from.aadObjectId,
    name: from.name ?? '',
    tenantId,
    ...(from.id ? { teamsId: from.id } : {}),
  };
}
