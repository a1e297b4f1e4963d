import { createTranslator } from '../../src/core/i18n';
import {
  CHANNEL,
  conversationIdOf,
  cardActionInvoke,
  channelMessage,
  groupMessage,
  personalConversation,
  personalMessage,
  postToBot,
  USER,
} from '../helpers/activities';
import { TAGS, startBot, useBotWithConnector } from './bot-harness';
import { actionFor, cardOf, cardText, type InvokeBody } from './card-reading';

const en = createTranslator('en-US');
const SMTP_AUTH_NDR =
  '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant';
const env = useBotWithConnector();

const quietly = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('group chats', () => {
  it('stays silent unless @mentioned', async () => {
    const response = await postToBot(
      env.bot.url,
      groupMessage({ serviceUrl: env.connector.url }, '5.7.57 error', false),
    );
    expect(response.status).toBe(200);
    await quietly();
    expect(env.connector.messages()).toHaveLength(0);
  });

  it('removes the mention before recognizing and replies in the chat', async () => {
    const activity = groupMessage(
      { serviceUrl: env.connector.url, conversationId: '19:group-1@thread.v2' },
      '5.7.57 error',
    );
    await postToBot(env.bot.url, activity);
    const [reply] = await env.connector.waitFor((call) => call.conversationId === '19:group-1@thread.v2');
    expect(reply!.activityId).toBe(activity.id);
    const card = cardOf(reply);
    expect(cardText(card)).toContain('5.7.57');
    // The evidence is the user's text without "<at>NDR Assist</at>".
    expect(cardText(card)).not.toContain('<at>');
    // No tags in group chats: tags only exist in teams.
    expect(reply!.body.entities).toBeUndefined();
  });
});

describe('channels', () => {
  it('replies in the thread and @mentions the tag configured for the playbook', async () => {
    const activity = channelMessage({ serviceUrl: env.connector.url }, SMTP_AUTH_NDR);
    await postToBot(env.bot.url, activity);
    const [reply] = await env.connector.waitFor((call) => call.conversationId === conversationIdOf(activity));
    expect(reply!.kind).toBe('reply');
    expect(reply!.activityId).toBe(activity.id);
    expect(reply!.body.text).toBe('<at>Mail admins</at>');
    // On the wire exactly as Teams documents tag mentions (mentioned.type = "tag").
    expect(reply!.body.entities).toEqual([
      {
        type: 'mention',
        text: '<at>Mail admins</at>',
        mentioned: { id: TAGS['smtp-auth'].id, name: 'Mail admins', type: 'tag' },
      },
    ]);
    expect(cardText(cardOf(reply))).toContain('5.7.139');
  });

  it('uses the default tag for other playbooks and no tag in a private channel', async () => {
    const other = channelMessage(
      { serviceUrl: env.connector.url },
      '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
    );
    await postToBot(env.bot.url, other);
    const [tagged] = await env.connector.waitFor((call) => call.conversationId === conversationIdOf(other));
    expect((tagged!.body.entities as { mentioned: { id: string } }[])[0]!.mentioned.id).toBe(TAGS.default.id);

    const privateChannel = channelMessage(
      { serviceUrl: env.connector.url, membershipType: 'private' },
      SMTP_AUTH_NDR,
    );
    await postToBot(env.bot.url, privateChannel);
    const [untagged] = await env.connector.waitFor(
      (call) => call.conversationId === conversationIdOf(privateChannel),
    );
    expect(untagged!.body.entities).toBeUndefined();
  });

  it('ignores channel posts that do not mention the bot', async () => {
    await postToBot(env.bot.url, channelMessage({ serviceUrl: env.connector.url }, SMTP_AUTH_NDR, false));
    await quietly();
    expect(env.connector.messages()).toHaveLength(0);
  });
});

describe('helpdesk hand-off', () => {
  const tenantOnlyBot = async () => startBot({ env: { ADMIN_ALLOWLIST: USER.aadObjectId } });

  it('explains when no helpdesk channel is set', async () => {
    const conversationId = 'a:no-helpdesk';
    await postToBot(
      env.bot.url,
      personalMessage({ serviceUrl: env.connector.url, conversationId }, '5.7.57 error'),
    );
    const [reply] = await env.connector.waitFor((call) => call.conversationId === conversationId);
    const ask = actionFor(cardOf(reply), 'helpdesk.ask');
    const response = await postToBot(
      env.bot.url,
      cardActionInvoke(
        { serviceUrl: env.connector.url },
        personalConversation(conversationId),
        'helpdesk.ask',
        ask.data,
      ),
    );
    expect(response.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: en.t('error.HELPDESK_NOT_CONFIGURED'),
    });
  });

  it('an admin sets the helpdesk channel; "ask the helpdesk" posts the finding there, tagged, and confirms', async () => {
    const admin = await tenantOnlyBot();
    try {
      const setChannel = channelMessage({ serviceUrl: env.connector.url }, 'set helpdesk channel');
      await postToBot(admin.url, setChannel);
      const [confirmation] = await env.connector.waitFor(
        (call) => call.conversationId === conversationIdOf(setChannel),
      );
      expect(confirmation!.body).toMatchObject({
        text: en.t('ui.helpdesk.channelSet', { channel: CHANNEL.name }),
        textFormat: 'plain',
      });
      expect(admin.logs.join('')).toContain('"audit":true');
      env.connector.clear();

      const conversationId = 'a:asks-helpdesk';
      await postToBot(
        admin.url,
        personalMessage({ serviceUrl: env.connector.url, conversationId }, SMTP_AUTH_NDR),
      );
      await env.connector.waitFor((call) => call.conversationId === conversationId);
      env.connector.clear();

      // By text…
      await postToBot(
        admin.url,
        personalMessage({ serviceUrl: env.connector.url, conversationId }, 'ask the helpdesk'),
      );
      const [post] = await env.connector.waitFor((call) => call.conversationId === CHANNEL.id);
      expect(post!.kind).toBe('send'); // a new thread at the channel root, not a reply
      expect(post!.body.entities).toEqual([
        {
          type: 'mention',
          text: '<at>Mail admins</at>',
          mentioned: { id: TAGS['smtp-auth'].id, name: 'Mail admins', type: 'tag' },
        },
      ]);
      const handoff = cardText(cardOf(post));
      expect(handoff).toContain(en.t('ui.handoff.title'));
      expect(handoff).toContain(USER.name);
      expect(handoff).toContain('5.7.139');
      const [ack] = await env.connector.waitFor((call) => call.conversationId === conversationId);
      expect(ack!.body).toMatchObject({ text: en.t('ui.helpdesk.sent'), textFormat: 'plain' });
    } finally {
      await admin.stop();
    }
  });

  it('refuses "set helpdesk channel" from someone outside ADMIN_ALLOWLIST', async () => {
    const strict = await startBot({ env: { ADMIN_ALLOWLIST: '00000000-0000-4000-8000-0000000000ff' } });
    try {
      const setChannel = channelMessage({ serviceUrl: env.connector.url }, 'set helpdesk channel');
      await postToBot(strict.url, setChannel);
      const [reply] = await env.connector.waitFor(
        (call) => call.conversationId === conversationIdOf(setChannel),
      );
      expect(cardText(cardOf(reply))).toContain(en.t('error.NOT_ADMIN'));
    } finally {
      await strict.stop();
    }
  });

  it('the helpdesk.ask button hands off too', async () => {
    const admin = await tenantOnlyBot();
    try {
      await postToBot(admin.url, channelMessage({ serviceUrl: env.connector.url }, 'set helpdesk channel'));
      const conversationId = 'a:button-helpdesk';
      await postToBot(
        admin.url,
        personalMessage({ serviceUrl: env.connector.url, conversationId }, '5.7.57 error'),
      );
      const [reply] = await env.connector.waitFor((call) => call.conversationId === conversationId);
      env.connector.clear();
      const ask = actionFor(cardOf(reply), 'helpdesk.ask');
      const response = await postToBot(
        admin.url,
        cardActionInvoke(
          { serviceUrl: env.connector.url },
          personalConversation(conversationId),
          'helpdesk.ask',
          ask.data,
        ),
      );
      expect((response.body as InvokeBody).value).toBe(en.t('ui.helpdesk.sent'));
      const [post] = await env.connector.waitFor((call) => call.conversationId === CHANNEL.id);
      expect(cardText(cardOf(post))).toContain('5.7.57');
    } finally {
      await admin.stop();
    }
  });
});
