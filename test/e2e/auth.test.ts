import { personalMessage, postToBot } from '../helpers/activities';
import { startBot } from './bot-harness';

it('with BOT_ID configured, rejects an unsigned request with 401 and still serves /healthz', async () => {
  const bot = await startBot({
    env: {
      BOT_ID: '11111111-2222-4333-8444-555555555555',
      BOT_PASSWORD: 'not-a-real-secret',
      BOT_TYPE: 'MultiTenant',
    },
  });
  try {
    const unsigned = await postToBot(
      bot.url,
      personalMessage({ serviceUrl: 'http://127.0.0.1:9/' }, '5.7.57 error'),
    );
    expect(unsigned.status).toBe(401);
    const forged = await postToBot(bot.url, personalMessage({ serviceUrl: 'http://127.0.0.1:9/' }, 'hi'), {
      authorization: 'Bearer not.a.jwt',
    });
    expect(forged.status).toBe(401);
    expect(bot.logs.join('')).not.toContain('not-a-real-secret');
    expect((await fetch(bot.url.replace('/api/messages', '/healthz'))).status).toBe(200);
  } finally {
    await bot.stop();
  }
});
