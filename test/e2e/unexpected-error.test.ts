import { createCoreAssistant } from '../../src/adapters/teams/core-assistant';
import { createTranslator } from '../../src/core/i18n';
import { personalMessage, postToBot } from '../helpers/activities';
import { startConnectorStandIn } from '../helpers/connector-stand-in';
import { startBot } from './bot-harness';
import { cardOf, cardText } from './card-reading';

it('turns an unexpected failure into a localized error card and a log line, never a stack trace', async () => {
  const connector = await startConnectorStandIn();
  const core = createCoreAssistant({ maxInputBytes: 1_048_576 });
  const assistant = {
    ...core,
    recognize: async () => {
      throw new TypeError('database exploded at /srv/secret/path.ts:12:3');
    },
  };
  const bot = await startBot({ overrides: { assistant } });
  try {
    const conversationId = 'a:boom';
    const response = await postToBot(
      bot.url,
      personalMessage({ serviceUrl: connector.url, conversationId, locale: 'fi-FI' }, '5.7.57 error'),
    );
    expect(response.status).toBe(200);
    const [reply] = await connector.waitFor((call) => call.conversationId === conversationId);
    const text = cardText(cardOf(reply));
    expect(text).toContain(createTranslator('fi-FI').t('error.INTERNAL'));
    expect(text).not.toContain('exploded');
    expect(text).not.toContain('/srv/secret');
    expect(bot.logs.join('')).toContain('database exploded');
  } finally {
    await bot.stop();
    await connector.close();
  }
});
