import { createTranslator } from '../../src/core/i18n';
import {
  cardActionInvoke,
  channelMessage,
  personalConversation,
  personalMessage,
  postToBot,
} from '../helpers/activities';
import { startConnectorStandIn, type ConnectorStandIn } from '../helpers/connector-stand-in';
import { startBot, type RunningBot } from './bot-harness';
import { actionFor, cardOf, cardText, executeActions, type CardJson, type InvokeBody } from './card-reading';

const en = createTranslator('en-US');
let connector: ConnectorStandIn;
let bot: RunningBot;

beforeAll(async () => {
  connector = await startConnectorStandIn();
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
  await connector.close();
});

it('step cards offer "Request fix" to non-admins, and fix verbs reach the Graph fix routes', async () => {
  await postToBot(bot.url, channelMessage({ serviceUrl: connector.url }, 'set helpdesk channel'));
  const conversationId = 'a:fix-request';
  await postToBot(
    bot.url,
    personalMessage(
      { serviceUrl: connector.url, conversationId },
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant',
    ),
  );
  const [reply] = await connector.waitFor((call) => call.conversationId === conversationId);
  let card: CardJson = cardOf(reply);
  let request = executeActions(card).find((action) => action.verb === 'fix.request');
  for (let guard = 0; !request && guard < 8; guard += 1) {
    const next = actionFor(card, 'step.next');
    const response = await postToBot(
      bot.url,
      cardActionInvoke(
        { serviceUrl: connector.url },
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

  connector.clear();
  const response = await postToBot(
    bot.url,
    cardActionInvoke(
      { serviceUrl: connector.url },
      personalConversation(conversationId),
      'fix.request',
      request!.data,
    ),
  );
  expect(response.status).toBe(200);
  const body = response.body as InvokeBody;
  expect(body.statusCode).toBe(200);
  // Answered by the fixes module (registered before the generic card-action route), not refused as unknown.
  const text = typeof body.value === 'string' ? body.value : cardText(body.value as CardJson);
  expect(text).not.toBe(en.t('error.FIX_NOT_OFFERED'));
  expect(text).not.toContain(en.t('error.CARD_ACTION_INVALID'));
  expect(text.length).toBeGreaterThan(0);
});
