import { createCoreAssistant } from '../../src/adapters/teams/core-assistant';
import { createTranslator } from '../../src/core/i18n';
import { cardActionInvoke, personalConversation, personalMessage, postToBot } from '../helpers/activities';
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

it('answers an invoke whose route throws with a localized invoke error, not a timeout', async () => {
  const bot = await startBot({
    overrides: {
      fixes: false,
      registerRoutes: (app) => {
        app.addRoute(
          async (context) => context.activity.type === 'invoke',
          async () => {
            throw new RangeError('kaboom in a route');
          },
          true,
        );
      },
    },
  });
  try {
    const response = await postToBot(
      bot.url,
      cardActionInvoke(
        { serviceUrl: 'http://127.0.0.1:9/' },
        personalConversation('a:boom-invoke'),
        'step.next',
        {},
      ),
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      statusCode: 500,
      type: 'application/vnd.microsoft.error',
      value: { code: 'INTERNAL', message: createTranslator('en-US').t('error.INTERNAL') },
    });
    expect(response.text).not.toContain('kaboom');
  } finally {
    await bot.stop();
  }
});
