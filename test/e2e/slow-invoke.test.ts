import { MemoryStorage, type Storage } from 'botbuilder';
import { createTranslator } from '../../src/core/i18n';
import { cardActionInvoke, personalConversation, personalMessage, postToBot } from '../helpers/activities';
import { startConnectorStandIn } from '../helpers/connector-stand-in';
import { startBot } from './bot-harness';
import { actionFor, cardOf, cardText, type CardJson, type InvokeBody } from './card-reading';

it('answers a slow card action within the budget with the current card, then updates it in place', async () => {
  const connector = await startConnectorStandIn();
  let slow = false;
  // A slow store (e.g. a remote Blob/Cosmos write under load): the work is in flight when the budget runs out.
  const memory = new MemoryStorage();
  const storage: Storage = {
    read: (keys) => memory.read(keys),
    delete: (keys) => memory.delete(keys),
    write: async (changes) => {
      if (slow) await new Promise((resolve) => setTimeout(resolve, 400));
      await memory.write(changes);
    },
  };
  const bot = await startBot({ overrides: { storage, invokeBudgetMs: 100 } });
  try {
    const conversationId = 'a:slow-1';
    await postToBot(bot.url, personalMessage({ serviceUrl: connector.url, conversationId }, '5.7.57 error'));
    const [reply] = await connector.waitFor((call) => call.conversationId === conversationId);
    const summary = cardOf(reply);
    connector.clear();

    slow = true;
    const invoke = cardActionInvoke(
      { serviceUrl: connector.url },
      personalConversation(conversationId),
      'step.next',
      actionFor(summary, 'step.next').data,
      'summary-card-activity',
    );
    const response = await postToBot(bot.url, invoke);
    const body = response.body as InvokeBody;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    const en = createTranslator('en-US');
    expect(cardText(body.value as CardJson)).not.toMatch(/Step 1 of/);

    const [update] = await connector.waitFor((call) => call.kind === 'update');
    expect(update!.activityId).toBe('summary-card-activity');
    expect(cardText(cardOf(update))).toContain(en.t('ui.button.next-step'));
    expect(cardText(cardOf(update))).toMatch(/Step 1 of \d+/);
  } finally {
    await bot.stop();
    await connector.close();
  }
});
