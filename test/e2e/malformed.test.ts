import { createTranslator } from '../../src/core/i18n';
import { cardActionInvoke, personalConversation, personalMessage, postToBot } from '../helpers/activities';
import { useBotWithConnector } from './bot-harness';
import { actionFor, cardOf, type InvokeBody } from './card-reading';

const en = createTranslator('en-US');
const env = useBotWithConnector();

async function healthy(): Promise<void> {
  const response = await fetch(env.bot.url.replace('/api/messages', '/healthz'));
  expect(response.status).toBe(200);
}

function noStack(text: string): void {
  expect(text).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
  expect(text).not.toContain('node_modules');
}

describe('malformed requests', () => {
  it('answers bad JSON with 400 and no stack trace', async () => {
    const response = await postToBot(env.bot.url, '{"type": "message", ');
    expect(response.status).toBe(400);
    noStack(response.text);
    await healthy();
  });

  it.each([
    ['not an object', '[1,2,3]'],
    [
      'no type',
      JSON.stringify({
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:1/',
        conversation: { id: 'c' },
        from: { id: 'u' },
        recipient: { id: 'b' },
      }),
    ],
    [
      'no conversation',
      JSON.stringify({
        type: 'message',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:1/',
        from: { id: 'u' },
        recipient: { id: 'b' },
      }),
    ],
    [
      'a non-http serviceUrl',
      JSON.stringify({
        type: 'message',
        channelId: 'msteams',
        serviceUrl: 'file:///etc/passwd',
        conversation: { id: 'c' },
        from: { id: 'u' },
        recipient: { id: 'b' },
      }),
    ],
  ])('rejects an activity with %s (400, names the problem)', async (_name, body) => {
    const response = await postToBot(env.bot.url, body);
    expect(response.status).toBe(400);
    expect(response.text).toContain('invalid activity');
    noStack(response.text);
  });

  it('answers wrongly typed fields with 400', async () => {
    const activity = personalMessage({ serviceUrl: env.connector.url }, 'hi');
    activity.entities = 'not-a-list';
    activity.attachments = { nope: true };
    const response = await postToBot(env.bot.url, activity);
    expect([200, 400]).toContain(response.status);
    noStack(response.text);
    await healthy();
  });

  it('survives a message with no text at all', async () => {
    const activity = personalMessage({ serviceUrl: env.connector.url, conversationId: 'a:empty' }, '');
    delete activity.text;
    expect((await postToBot(env.bot.url, activity)).status).toBe(200);
    const [reply] = await env.connector.waitFor((call) => call.conversationId === 'a:empty');
    expect(reply!.body.textFormat).toBe('plain');
  });
});

describe('forged or broken card actions', () => {
  async function startWalkthrough(conversationId: string) {
    await postToBot(
      env.bot.url,
      personalMessage({ serviceUrl: env.connector.url, conversationId }, '5.7.57 error'),
    );
    const [reply] = await env.connector.waitFor((call) => call.conversationId === conversationId);
    env.connector.clear();
    return actionFor(cardOf(reply), 'step.next');
  }

  async function invoke(conversationId: string, verb: unknown, data: unknown): Promise<InvokeBody> {
    const response = await postToBot(
      env.bot.url,
      cardActionInvoke({ serviceUrl: env.connector.url }, personalConversation(conversationId), verb, data),
    );
    expect(response.status).toBe(200);
    noStack(response.text);
    return response.body as InvokeBody;
  }

  it('rejects an unknown verb and malformed data with a localized 400 invoke error', async () => {
    const unknownVerb = await invoke('a:forged-1', 'system.shutdown', {
      walkthroughId: 'x',
      playbook: 'smtp-auth',
      step: 'summary',
    });
    expect(unknownVerb).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'CARD_ACTION_INVALID', message: en.t('error.CARD_ACTION_INVALID') },
    });
    const badData = await invoke('a:forged-1', 'step.next', {
      walkthroughId: '../../etc',
      playbook: 'smtp-auth',
      step: 'x'.repeat(500),
    });
    expect(badData.statusCode).toBe(400);
    const extraFields = await invoke('a:forged-1', 'step.next', {
      walkthroughId: 'abc',
      playbook: 'smtp-auth',
      step: 'summary',
      admin: true,
    });
    expect(extraFields.statusCode).toBe(400);
  });

  it('refuses a real walk-through id replayed from another conversation', async () => {
    const start = await startWalkthrough('a:victim');
    const replay = await invoke('a:attacker', 'step.next', start.data);
    expect(replay).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: en.t('error.CARD_ACTION_FORGED'),
    });
  });

  it('refuses a walk-through id with another playbook or a step it does not have', async () => {
    const start = await startWalkthrough('a:tamper');
    const otherPlaybook = await invoke('a:tamper', 'step.next', { ...start.data, playbook: 'mailbox-full' });
    expect(otherPlaybook.value).toBe(en.t('error.CARD_ACTION_FORGED'));
    const unknownWalkthrough = await invoke('a:tamper', 'step.next', {
      ...start.data,
      walkthroughId: 'does-not-exist',
    });
    expect(unknownWalkthrough.statusCode).toBe(400);
  });

  it('handles an invoke without any action payload', async () => {
    const activity = cardActionInvoke(
      { serviceUrl: env.connector.url },
      personalConversation('a:empty-invoke'),
      'step.next',
      {},
    );
    activity.value = null;
    const response = await postToBot(env.bot.url, activity);
    expect(response.status).toBe(200);
    expect((response.body as InvokeBody).statusCode).toBe(400);
    await healthy();
  });
});
