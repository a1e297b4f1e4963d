import type { TurnContext } from 'botbuilder';
import type { BotTurnState } from './bot-state';
import { cardMessage } from './replies';
import { translatorFor, type BotServices } from './services';

/** Sends the welcome card when the bot itself is added to a chat or team (not for every member who joins). */
export async function handleMembersAdded(
  services: BotServices,
  context: TurnContext,
  state: BotTurnState,
): Promise<void> {
  const botId = context.activity.recipient?.id;
  const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
  if (!botAdded) return;
  const t = translatorFor(services, context, state);
  await context.sendActivity(cardMessage(services.assistant.welcomeCard(t)));
}
