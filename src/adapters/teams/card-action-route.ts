import { TurnContext } from 'botbuilder';
import type { CardActionData } from '../../core/cards/verbs';
import type { Translator } from '../../core/i18n/types';
import type { BotTurnState } from './bot-state';
import { logFailure } from './error-reply';
import { cardMessage, invokeWithCard, invokeWithError, invokeWithMessage, plainMessage } from './replies';
import { translatorFor, type BotServices } from './services';
import { applyCardAction, currentCard, type ActionResult } from './walkthrough-flow';

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

/** Teams waits about 10 s for an invoke answer; past this budget the bot answers first and updates the card later. */
export const DEFAULT_INVOKE_BUDGET_MS = 7000;

type Settled = { done: true; result: ActionResult } | { done: false };

/** Answers an Action.Execute: the next card in place, a short message, or a clear error — never a crash. */
export async function handleCardAction(
  services: BotServices,
  context: TurnContext,
  state: BotTurnState,
  budgetMs = DEFAULT_INVOKE_BUDGET_MS,
): Promise<void> {
  const t = translatorFor(services, context, state);
  try {
    const action = services.assistant.parseCardAction(actionPayload(context.activity.value));
    const work = applyCardAction(services, context, state, action, t);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Settled>((resolve) => {
      timer = setTimeout(() => resolve({ done: false }), budgetMs);
    });
    const settled = await Promise.race([work.then((result): Settled => ({ done: true, result })), late]);
    clearTimeout(timer);
    if (settled.done) {
      if ('card' in settled.result) await invokeWithCard(context, settled.result.card);
      else await invokeWithMessage(context, settled.result.message);
      return;
    }
    await answerNowUpdateLater(services, context, t, action, work);
  } catch (error) {
    const botError = logFailure(services, context, error);
    const message = t.t(botError.messageKey, botError.params);
    if (botError.httpStatus >= 500) await invokeWithError(context, 500, botError.code, message);
    else if (botError.code === 'CARD_ACTION_INVALID')
      await invokeWithError(context, 400, botError.code, message);
    else await invokeWithMessage(context, message);
  }
}

/** Slow action: answer with the card the user is looking at, then replace it (updateActivity) when the work ends. */
async function answerNowUpdateLater(
  services: BotServices,
  context: TurnContext,
  t: Translator,
  action: CardActionData,
  work: Promise<ActionResult>,
): Promise<void> {
  const source = { activity: context.activity };
  const reference = TurnContext.getConversationReference(context.activity);
  const cardActivityId = context.activity.replyToId;
  const walkthrough =
    'walkthroughId' in action && action.walkthroughId
      ? await services.walkthroughs.get(action.walkthroughId)
      : undefined;
  if (!walkthrough) {
    // Nothing on screen to answer with: wait for the result after all.
    const result = await work;
    if ('card' in result) await invokeWithCard(context, result.card);
    else await invokeWithMessage(context, result.message);
    return;
  }
  await invokeWithCard(context, await currentCard(services, walkthrough, t, context));
  services.logger.warn(
    { verb: action.verb },
    'card action slower than the invoke budget; the card is updated later',
  );
  void work
    .then(async (result) => {
      await services.continueConversation(reference, async (proactive) => {
        if ('card' in result && cardActivityId)
          await proactive.updateActivity({ ...cardMessage(result.card), id: cardActivityId });
        else
          await proactive.sendActivity(
            'card' in result ? cardMessage(result.card) : plainMessage(result.message),
          );
      });
    })
    .catch((error: unknown) => logFailure(services, source, error));
}
