import { createTranslator } from '../../src/core/i18n';
import {
  botInstalled,
  cardActionInvoke,
  personalConversation,
  personalMessage,
  postToBot,
} from '../helpers/activities';
import { useBotWithConnector } from './bot-harness';
import { actionFor, cardOf, cardText, executeActions, type CardJson, type InvokeBody } from './card-reading';

const en = createTranslator('en-US');
const env = useBotWithConnector();

/** Sends a message in a personal chat and returns the one message the bot answered with. */
async function say(text: string, options: { conversationId: string; locale?: string }) {
  const response = await postToBot(
    env.bot.url,
    personalMessage(
      { serviceUrl: env.connector.url, conversationId: options.conversationId, locale: options.locale },
      text,
    ),
  );
  expect(response.status).toBe(200);
  const [reply] = await env.connector.waitFor((call) => call.conversationId === options.conversationId);
  env.connector.clear();
  return reply!;
}

/** Presses an Action.Execute button of `card` and returns the invoke response body. */
async function press(
  card: CardJson,
  verb: string,
  conversationId: string,
  locale?: string,
  data?: Record<string, unknown>,
): Promise<InvokeBody> {
  const action = data ? { data } : actionFor(card, verb);
  const response = await postToBot(
    env.bot.url,
    cardActionInvoke(
      { serviceUrl: env.connector.url, locale },
      personalConversation(conversationId),
      verb,
      action.data,
    ),
  );
  expect(response.status).toBe(200);
  return response.body as InvokeBody;
}

describe('personal chat', () => {
  it('sends the welcome card when the bot is installed, and not when someone else joins', async () => {
    const conversationId = 'a:welcome-1';
    await postToBot(env.bot.url, botInstalled({ serviceUrl: env.connector.url, conversationId }));
    const [welcome] = await env.connector.waitFor((call) => call.conversationId === conversationId);
    expect(cardText(cardOf(welcome))).toContain(en.t('ui.welcome.title'));

    env.connector.clear();
    const someoneElse = botInstalled({ serviceUrl: env.connector.url, conversationId });
    someoneElse.membersAdded = [{ id: '29:another-user' }];
    expect((await postToBot(env.bot.url, someoneElse)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(env.connector.messages()).toHaveLength(0);
  });

  it('recognizes "5.7.57 error", then walks the steps with cards updated in place', async () => {
    const conversationId = 'a:walk-1';
    const reply = await say('5.7.57 error', { conversationId });
    expect(reply.kind).toBe('reply');
    const summary = cardOf(reply);
    expect(summary.version).toBe('1.5');
    expect(cardText(summary)).toContain('5.7.57');
    const start = actionFor(summary, 'step.next');
    expect(start.data).toMatchObject({ playbook: 'smtp-auth', step: 'summary' });
    expect(typeof start.data.walkthroughId).toBe('string');

    const first = await press(summary, 'step.next', conversationId);
    expect(first.statusCode).toBe(200);
    expect(first.type).toBe('application/vnd.microsoft.card.adaptive');
    const stepOne = first.value as CardJson;
    const total = Number(/of (\d+)/.exec(cardText(stepOne))?.[1]);
    expect(total).toBeGreaterThan(1);
    expect(cardText(stepOne)).toContain(en.t('ui.step-of', { current: 1, total }));

    const second = await press(stepOne, 'step.next', conversationId);
    expect(cardText(second.value as CardJson)).toContain(en.t('ui.step-of', { current: 2, total }));

    // A double click on the same card lands on the same step instead of skipping one.
    const again = await press(stepOne, 'step.next', conversationId);
    expect(cardText(again.value as CardJson)).toContain(en.t('ui.step-of', { current: 2, total }));

    const back = await press(second.value as CardJson, 'step.previous', conversationId);
    expect(cardText(back.value as CardJson)).toContain(en.t('ui.step-of', { current: 1, total }));

    const fixed = await press(stepOne, 'outcome.fixed', conversationId);
    expect(fixed).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: en.t('ui.outcome.fixed'),
    });
    // Invokes are answered in the HTTP response, not through the env.connector.
    expect(env.connector.messages()).toHaveLength(0);
  });

  it("the welcome card's language picker (locale.set) switches the language", async () => {
    const conversationId = 'a:picker-1';
    await postToBot(env.bot.url, botInstalled({ serviceUrl: env.connector.url, conversationId }));
    const [welcome] = await env.connector.waitFor((call) => call.conversationId === conversationId);
    env.connector.clear();
    const pick = executeActions(cardOf(welcome)).find((action) => action.data.locale === 'cs-CZ');
    expect(pick).toBeDefined();
    const response = await press(cardOf(welcome), 'locale.set', conversationId, undefined, pick!.data);
    const cs = createTranslator('cs-CZ');
    expect(response).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: cs.t('ui.languageChanged', { locale: 'cs-CZ' }),
    });
    const reply = await say('help', { conversationId });
    expect(cardText(cardOf(reply))).toContain(cs.t('ui.help.title'));
    // The choice is per user (user state) and follows this user everywhere until "language auto" forgets it.
    const auto = await say('language auto', { conversationId, locale: 'en-US' });
    expect(auto.body.text).toBe(en.t('ui.languageChanged', { locale: 'en-US' }));
  });

  it('handles the Action.Submit fallback (a message whose value carries the verb) like the invoke', async () => {
    const conversationId = 'a:submit-1';
    const summary = cardOf(await say('5.7.57 error', { conversationId }));
    const start = actionFor(summary, 'step.next');
    await postToBot(
      env.bot.url,
      personalMessage({ serviceUrl: env.connector.url, conversationId }, '', {
        value: { ...start.data, verb: 'step.next' },
      }),
    );
    const [reply] = await env.connector.waitFor((call) => call.conversationId === conversationId);
    expect(cardText(cardOf(reply))).toMatch(/Step 1 of \d+/);
  });

  it('answers "help" with the help card', async () => {
    const reply = await say('help', { conversationId: 'a:help-1' });
    expect(cardText(cardOf(reply))).toContain(en.t('ui.help.title'));
  });

  it('gives a friendly plain-text answer to text without an error in it', async () => {
    const reply = await say('hello there, how are you?', { conversationId: 'a:chat-1' });
    expect(reply.body).toMatchObject({ text: en.t('ui.noErrorFound'), textFormat: 'plain' });
    expect(reply.body.attachments).toBeUndefined();
  });

  it("answers in the activity's locale (de-DE)", async () => {
    const de = createTranslator('de-DE');
    const conversationId = 'a:german-1';
    const reply = await say(
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
      {
        conversationId,
        locale: 'de-DE',
      },
    );
    const summary = cardOf(reply);
    expect(cardText(summary)).toContain(de.t('ui.label.what-this-means'));
    expect(cardText(summary)).not.toContain(en.t('ui.label.what-this-means'));
    const step = await press(summary, 'step.next', conversationId, 'de-DE');
    expect(cardText(step.value as CardJson)).toContain(de.t('ui.button.next-step'));
    expect(cardText(step.value as CardJson)).not.toContain(en.t('ui.button.next-step'));
  });

  it('"language fi" switches this user to fi-FI for later answers', async () => {
    const fi = createTranslator('fi-FI');
    const conversationId = 'a:finnish-1';
    const confirmation = await say('language fi', { conversationId });
    expect(confirmation.body).toMatchObject({
      text: fi.t('ui.languageChanged', { locale: 'fi-FI' }),
      textFormat: 'plain',
    });
    const reply = await say('5.7.57 error', { conversationId, locale: 'en-US' });
    expect(cardText(cardOf(reply))).toContain(fi.t('ui.label.what-this-means'));

    const unknown = await say('language xx', { conversationId });
    expect(cardText(cardOf(unknown))).toContain(fi.t('error.UNKNOWN_LOCALE'));
  });

  it('never renders user text as Markdown in text replies', async () => {
    const reply = await say('**bold** [click](https://evil.example) no code here', {
      conversationId: 'a:md-1',
    });
    expect(reply.body.textFormat).toBe('plain');
    expect(String(reply.body.text)).not.toContain('evil.example');
  });
});
