import { createTranslator } from '../../src/core/i18n';
import { cardActionInvoke, personalConversation, personalMessage, postToBot } from '../helpers/activities';
import { startConnectorStandIn, type ConnectorStandIn } from '../helpers/connector-stand-in';
import { startBot, tempSqlitePath } from './bot-harness';
import { actionFor, cardOf, cardText, type CardJson, type InvokeBody } from './card-reading';

let connector: ConnectorStandIn;
beforeAll(async () => {
  connector = await startConnectorStandIn();
});
afterAll(async () => connector.close());

it('keeps walk-throughs and language choices across a restart (same SQLite file)', async () => {
  const sqlitePath = tempSqlitePath();
  const conversationId = 'a:restart-1';
  const base = { serviceUrl: connector.url, conversationId };

  const first = await startBot({ sqlitePath });
  let stepOne: CardJson;
  try {
    await postToBot(first.url, personalMessage(base, 'language hr'));
    await postToBot(first.url, personalMessage(base, '5.7.57 error'));
    const calls = await connector.waitFor((call) => call.conversationId === conversationId, 2);
    const summary = cardOf(calls[1]);
    const start = actionFor(summary, 'step.next');
    const response = await postToBot(
      first.url,
      cardActionInvoke(
        { serviceUrl: connector.url },
        personalConversation(conversationId),
        'step.next',
        start.data,
      ),
    );
    stepOne = (response.body as InvokeBody).value as CardJson;
  } finally {
    await first.stop();
  }

  const second = await startBot({ sqlitePath });
  try {
    const next = actionFor(stepOne, 'step.next');
    const response = await postToBot(
      second.url,
      cardActionInvoke(
        { serviceUrl: connector.url },
        personalConversation(conversationId),
        'step.next',
        next.data,
      ),
    );
    const body = response.body as InvokeBody;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const hr = createTranslator('hr-HR');
    // The user's language (hr-HR, stored in user state) and the walk-through position both survived.
    const text = cardText(body.value as CardJson);
    expect(text).toContain(hr.t('ui.button.previous-step'));
    const stepTwo = hr.t('ui.step-of', { current: 2, total: 999 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(text).toMatch(new RegExp(stepTwo.replace('999', '\\d+')));
  } finally {
    await second.stop();
  }
});
