import type { TurnContext } from 'botbuilder';
import { toBotError, type BotError } from '../../core/errors';
import type { Translator } from '../../core/i18n/types';
import { cardMessage, invokeWithMessage } from './replies';
import type { BotServices } from './services';
import type { ActivitySource } from './walkthrough-flow';

/** Logs a failure (with its cause, never shown to the user) and returns it as a BotError. */
export function logFailure(services: BotServices, context: ActivitySource, error: unknown): BotError {
  const botError = toBotError(error);
  const level = botError.httpStatus >= 500 ? 'error' : 'info';
  services.logger[level](
    {
      code: botError.code,
      err: botError.httpStatus >= 500 ? (botError.cause ?? error) : undefined,
      detail: botError.message,
      activityType: context.activity?.type,
      conversationType: context.activity?.conversation?.conversationType,
    },
    'turn failed',
  );
  return botError;
}

/** Tells the user what went wrong, in their language: a card for messages, a short message for invokes. */
export async function replyWithError(
  services: BotServices,
  context: TurnContext,
  error: unknown,
  t: Translator,
): Promise<void> {
  const botError = logFailure(services, context, error);
  if (context.activity.type === 'invoke') {
    await invokeWithMessage(context, t.t(botError.messageKey, botError.params));
    return;
  }
  await context.sendActivity(cardMessage(services.assistant.errorCard(botError, t)));
}
