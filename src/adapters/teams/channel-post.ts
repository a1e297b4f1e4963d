import { TurnContext, type Activity } from 'botbuilder';
import { BotError } from '../../core/errors';

interface Conversations {
  sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
}

function conversationsOf(client: unknown): Conversations | undefined {
  const conversations = (client as { conversations?: Partial<Conversations> } | undefined)?.conversations;
  return typeof conversations?.sendToConversation === 'function'
    ? (conversations as Conversations)
    : undefined;
}

/**
 * Posts a message at the root of the conversation of a proactive turn (for a channel: a new thread). `sendActivity`
 * would make it a reply to the continuation event, so this calls the turn's connector client directly.
 */
export async function postToConversationRoot(
  context: TurnContext,
  message: Partial<Activity>,
): Promise<string | undefined> {
  const conversations = conversationsOf(context.turnState.get(context.adapter.ConnectorClientKey));
  const conversationId = context.activity.conversation?.id;
  if (!conversations || !conversationId)
    throw new BotError('INTERNAL', { detail: 'no connector client for the proactive turn' });
  const reference = TurnContext.getConversationReference(context.activity);
  const activity = TurnContext.applyConversationReference(
    { ...message },
    { ...reference, activityId: undefined },
  );
  delete activity.replyToId;
  const response = await conversations.sendToConversation(conversationId, activity);
  return response.id;
}
