import { randomUUID } from 'node:crypto';

/** A Bot Framework activity as Teams posts it (loosely typed on purpose: tests also send broken ones). */
export type TestActivity = Record<string, unknown>;

export const BOT = { id: '28:ndr-assist-bot', name: 'NDR Assist' };
export const USER = {
  id: '29:user-1',
  name: 'Alex Example',
  aadObjectId: '00000000-0000-4000-8000-000000000001',
};
export const TENANT_ID = '72f988bf-0000-4000-8000-000000000000';
export const TEAM = { id: '19:team-general@thread.tacv2', name: 'IT Support' };
export const CHANNEL = { id: '19:helpdesk-channel@thread.tacv2', name: 'Helpdesk' };

interface Base {
  serviceUrl: string;
  locale?: string;
  from?: Record<string, unknown>;
}

function envelope(base: Base, conversation: Record<string, unknown>, extra: TestActivity): TestActivity {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: base.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: base.locale ?? 'en-US',
    from: base.from ?? USER,
    recipient: BOT,
    conversation: { tenantId: TENANT_ID, ...conversation },
    channelData: { tenant: { id: TENANT_ID } },
    ...extra,
  };
}

/** The conversation of a 1:1 chat with the bot. */
export function personalConversation(id = `a:personal-${randomUUID()}`) {
  return { id, conversationType: 'personal' };
}

/** A message in a personal chat. */
export function personalMessage(
  base: Base & { conversationId?: string },
  text: string,
  extra: TestActivity = {},
): TestActivity {
  return envelope(base, personalConversation(base.conversationId), {
    type: 'message',
    text,
    textFormat: 'plain',
    ...extra,
  });
}

/** The `<at>` mention entity Teams adds when someone mentions the bot. */
export function botMention(): { text: string; entity: TestActivity } {
  const text = `<at>${BOT.name}</at>`;
  return { text, entity: { type: 'mention', text, mentioned: { id: BOT.id, name: BOT.name } } };
}

/** A group-chat message; `mention` adds the bot's @mention in front of the text. */
export function groupMessage(
  base: Base & { conversationId?: string },
  text: string,
  mention = true,
): TestActivity {
  const at = botMention();
  return envelope(
    base,
    {
      id: base.conversationId ?? `19:group-${randomUUID()}@thread.v2`,
      conversationType: 'groupChat',
      isGroup: true,
    },
    { type: 'message', text: mention ? `${at.text} ${text}` : text, entities: mention ? [at.entity] : [] },
  );
}

/** A channel post (a new thread: the conversation id carries `;messageid=`), optionally @mentioning the bot. */
export function channelMessage(
  base: Base & { channel?: { id: string; name: string }; membershipType?: string },
  text: string,
  mention = true,
): TestActivity {
  const channel = base.channel ?? CHANNEL;
  const at = botMention();
  const activity = envelope(
    base,
    { id: `${channel.id};messageid=${Date.now()}`, conversationType: 'channel', isGroup: true },
    { type: 'message', text: mention ? `${at.text} ${text}` : text, entities: mention ? [at.entity] : [] },
  );
  activity.channelData = {
    tenant: { id: TENANT_ID },
    team: TEAM,
    channel: { ...channel, ...(base.membershipType ? { membershipType: base.membershipType } : {}) },
  };
  return activity;
}

/** An `adaptiveCard/action` invoke for an Action.Execute pressed on a card in `conversation`. */
export function cardActionInvoke(
  base: Base,
  conversation: Record<string, unknown>,
  verb: unknown,
  data: unknown,
  replyToId = 'card-activity-1',
): TestActivity {
  return envelope(base, conversation, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
}

/** A file the user shared in a personal chat (Teams' file download info attachment). */
export function fileMessage(
  base: Base & { conversationId?: string },
  file: { name: string; downloadUrl: string; fileType?: string },
): TestActivity {
  const fileType = file.fileType ?? file.name.split('.').pop() ?? '';
  return personalMessage(base, '', {
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        name: file.name,
        contentUrl: file.downloadUrl,
        content: { downloadUrl: file.downloadUrl, uniqueId: randomUUID(), fileType },
      },
    ],
  });
}

/** Teams' conversationUpdate when the bot is installed in a personal scope. */
export function botInstalled(base: Base & { conversationId?: string }): TestActivity {
  return envelope(base, personalConversation(base.conversationId), {
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
  });
}

/** POSTs a body to the bot; `raw` bodies are sent as-is (for malformed JSON). */
export async function postToBot(
  botUrl: string,
  body: TestActivity | string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; text: string }> {
  const response = await fetch(botUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text };
}

/** The conversation id of a test activity. */
export function conversationIdOf(activity: TestActivity): string {
  return String((activity.conversation as { id?: unknown } | undefined)?.id ?? '');
}
