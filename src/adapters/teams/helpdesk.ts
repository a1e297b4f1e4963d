import { TurnContext, type Activity, type ConversationReference, type Storage } from 'botbuilder';

/** Storage key of the helpdesk channel's conversation reference for a tenant (read by the fixes routes too). */
export function helpdeskKey(tenantId: string | undefined): string {
  return `helpdesk/${tenantId ?? 'default'}`;
}

/** The tenant an activity belongs to (Teams puts it in channelData and conversation). */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = channelData?.tenant?.id;
  if (typeof fromChannelData === 'string') return fromChannelData;
  return activity.conversation?.tenantId;
}

/** Where the helpdesk channel is, as stored by "set helpdesk channel". */
export interface HelpdeskChannel {
  reference: Partial<ConversationReference>;
  channelName?: string;
  setBy: { name?: string; aadObjectId?: string };
  setAt: string;
}

/** Stores and reads the helpdesk channel per tenant. */
export class HelpdeskDirectory {
  constructor(private readonly storage: Storage) {}

  /** Remembers the channel the activity came from; posts go to the channel root (a new thread each time). */
  async setFrom(activity: Partial<Activity>): Promise<HelpdeskChannel> {
    const reference = TurnContext.getConversationReference(activity);
    const conversationId = reference.conversation?.id?.split(';messageid=')[0] ?? '';
    const channelData = activity.channelData as { channel?: { name?: unknown } } | undefined;
    const channel: HelpdeskChannel = {
      reference: {
        ...reference,
        conversation: { ...reference.conversation!, id: conversationId },
        activityId: undefined,
      },
      channelName: typeof channelData?.channel?.name === 'string' ? channelData.channel.name : undefined,
      setBy: { name: activity.from?.name, aadObjectId: activity.from?.aadObjectId },
      setAt: new Date().toISOString(),
    };
    await this.storage.write({ [helpdeskKey(tenantOf(activity))]: { ...channel, eTag: '*' } });
    return channel;
  }

  async get(tenantId: string | undefined): Promise<HelpdeskChannel | undefined> {
    const key = helpdeskKey(tenantId);
    const item = (await this.storage.read([key]))[key] as (HelpdeskChannel & { eTag?: string }) | undefined;
    if (!item) return undefined;
    const { eTag: _eTag, ...channel } = item;
    return channel;
  }
}
