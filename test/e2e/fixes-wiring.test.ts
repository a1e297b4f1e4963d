import { createTranslator } from '../../src/core/i18n';
import {
  CHANNEL,
  cardActionInvoke,
  channelMessage,
  personalConversation,
  personalMessage,
  postToBot,
} from '../helpers/activities';
import { useBotWithConnector } from './bot-harness';
import { actionFor, cardOf, cardText, executeActions, type CardJson, type InvokeBody } from './card-reading';

const en = createTranslator('en-US');
const env = useBotWithConnector();

it('step cards offer "Request fix" to non-admins, and fix verbs reach the Graph fix routes', async () => {
  await postToBot(env.bot.url, channelMessage({ serviceUrl: env.connector.url }, 'set helpdesk channel'));
  const conversationId = 'a:fix-request';
  await postToBot(
    env.bot.url,
    personalMessage(
      { serviceUrl: env.connector.url, conversationId },
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
    ),
  );
  const [reply] = await env.connector.waitFor((call) => call.conversationId === conversationId);
  let card: CardJson = cardOf(reply);
  let request = executeActions(card).find((action) => action.verb === 'fix.request');
  for (let guard = 0; !request && guard < 8; guard += 1) {
    const next = actionFor(card, 'step.next');
    const response = await postToBot(
      env.bot.url,
      cardActionInvoke(
        { serviceUrl: env.connector.url },
        personalConversation(conversationId),
        'step.next',
        next.data,
      ),
    );
    card = (response.body as InvokeBody).value as CardJson;
    request = executeActions(card).find((action) => action.verb === 'fix.request');
  }
  expect(request).toBeDefined();
  expect(executeActions(card).some((action) => action.verb === 'fix.apply')).toBe(false);

  // A pasted log names no sender, so the card asks for the mailbox the device signs in with.
  expect(JSON.stringify(card)).toContain('"type":"Input.Text","id":"mailbox"');

  const requestFix = async (mailbox: string) => {
    const response = await postToBot(
      env.bot.url,
      cardActionInvoke(
        { serviceUrl: env.connector.url },
        personalConversation(conversationId),
        'fix.request',
        {
          ...request!.data,
          mailbox, // the host sends the card's input with the action
        },
      ),
    );
    expect(response.status).toBe(200);
    const body = response.body as InvokeBody;
    expect(body.statusCode).toBe(200);
    return typeof body.value === 'string' ? body.value : cardText(body.value as CardJson);
  };

  // Answered by the fixes module (registered before the generic card-action route), not refused as unknown.
  expect(await requestFix('')).toContain(en.t('error.FIX_MAILBOX_NEEDED'));
  expect(await requestFix('not an address')).toContain(en.t('error.FIX_MAILBOX_NEEDED'));

  env.connector.clear();
  const text = await requestFix('mfp-3f@contoso.example');
  expect(text).not.toContain(en.t('error.FIX_NOT_OFFERED'));
  expect(text).not.toContain(en.t('error.CARD_ACTION_INVALID'));
  expect(text).toContain('mfp-3f@contoso.example');

  // The approval card goes to the helpdesk channel as a new thread at the channel root.
  const [post] = await env.connector.waitFor((call) => call.conversationId === CHANNEL.id);
  expect(post!.kind).toBe('send');
  expect(cardOf(post).type).toBe('AdaptiveCard');
});
