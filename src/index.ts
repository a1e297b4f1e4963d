import pino from 'pino';
import { createBotApp } from './app';
import { describeConfig, loadConfig, type Config } from './config';
import { isBotError } from './core/errors';

/** Entry point (`npm start`): the only place that reads process.env. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    const problems = isBotError(error) ? String(error.params.problems ?? error.message) : String(error);
    process.stderr.write(`ndr-assist: invalid configuration: ${problems}\n`);
    process.exit(1);
  }
  const logger = pino({ level: config.LOG_LEVEL, redact: ['*.authorization', '*.password', '*.secret'] });
  logger.info({ config: describeConfig(config) }, 'starting');
  const app = createBotApp(config, logger);
  const port = await app.start();
  logger.info(
    { port, auth: config.BOT_ID ? 'bot framework tokens required' : 'disabled (no BOT_ID: local use only)' },
    `listening on http://localhost:${port}/api/messages`,
  );
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'stopping');
    void app.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `ndr-assist: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
