import type { TurnContext } from 'botbuilder';
import type { BotTurnState } from './bot-state';
import { logFailure } from './error-reply';
import { invokeWithCard, invokeWithError, invokeWithMessage } from './replies';
import { translatorFor, type BotServices } from './services';
import { applyCardAction } from './walkthrough-flow';

/** Card data Teams sends for an Action.Execute: `{ action: { type, verb, data } }`. */
function actionPayload(value: unknown): unknown {
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  if (typeof action !== 'object' || action === null) return undefined;
  const data = typeof action.data === 'object' && action.data !== null ? action.data : {};
  return { ...data, verb: action.verb };
}

/** True for an `adaptiveCard/action` invoke (Action.Execute); the teams-ai route selector. */
export async function isCardActionInvoke(context: TurnContext): Promise<boolean> {
  return context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action';
}

/** Answers an Action.Execute: the next card in place, a short message, or a clear error — never a crash. */
export async function handleCardAction(
  services: BotServices,
  context: TurnContext,
  state: BotTurnState,
): Promise<void> {
  const t = translatorFor(services, context, state);
  try {
    const action = services.assistant.parseCardAction(actionPayload(context.activity.value));
    const result = await applyCardAction(services, context, state, action, t);
    if ('card' in result) await invokeWithCard(context, result.card);
    else await invokeWithMessage(context, result.message);
  } catch (error) {
    const botError = logFailure(services, context, error);
    const message = t.t(botError.messageKey, botError.params);
    if (botError.httpStatus >= 500) await invokeWithError(context, 500, botError.code, message);
    else if (botError.code === 'CARD_ACTION_INVALID')
      await invokeWithError(context, 400, botError.code, message);
    else await invokeWithMessage(context, message);
  }
}
