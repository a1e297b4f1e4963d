import type { Activity } from 'botbuilder';

/** Where an activity came from, as far as the bot's behaviour differs. */
export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/** Reads the Teams conversation type (missing → personal, as in a 1:1 chat). */
export function conversationKind(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat') return 'groupChat';
  return 'personal';
}

/** Tag mentions only work in standard channels; Teams marks private and shared ones in channelData. */
export function isStandardChannel(activity: Partial<Activity>): boolean {
  const channelData = activity.channelData as { channel?: { membershipType?: unknown } } | undefined;
  const membership = channelData?.channel?.membershipType;
  return conversationKind(activity) === 'channel' && (membership === undefined || membership === 'standard');
}
