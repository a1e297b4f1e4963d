import { TurnState, type DefaultConversationState, type DefaultUserState } from '@microsoft/teams-ai';

/** Per-conversation memory: the walk-through "ask the helpdesk" refers to when typed as text. */
export interface ConversationMemory extends DefaultConversationState {
  lastWalkthroughId?: string;
}

/** Per-user memory: the language chosen with "language xx" (overrides the activity's locale). */
export interface UserMemory extends DefaultUserState {
  locale?: string;
}

/** The teams-ai turn state the bot's routes receive. */
export type BotTurnState = TurnState<ConversationMemory, UserMemory>;

/** Factory handed to the teams-ai Application. */
export function createTurnState(): BotTurnState {
  return new TurnState<ConversationMemory, UserMemory>();
}
