import path from 'node:path';
import type { Storage } from 'botbuilder';
import type { Logger } from 'pino';
import type restify from 'restify';
import type { Config } from './config';
import { close, createHttpServer, listen } from './adapters/http/server';
import { closeStorage, createStorage } from './adapters/storage';
import type { Assistant } from './adapters/teams/assistant';
import { httpsOnly, type UrlPolicy } from './adapters/teams/attachments';
import { createCoreAssistant } from './adapters/teams/core-assistant';
import { createTeamsBot, type TeamsBot, type TeamsBotDeps } from './adapters/teams/teams-bot';

/** Replaceable parts (tests swap storage or the download policy). */
export interface AppOverrides {
  storage?: Storage;
  assistant?: Assistant;
  urlPolicy?: UrlPolicy;
  registerRoutes?: TeamsBotDeps['registerRoutes'];
}

/** The running bot: HTTP server, Teams bot and storage, with start/stop. */
export interface BotApp {
  server: restify.Server;
  bot: TeamsBot;
  storage: Storage;
  /** Listens on `port` (default: config PORT); resolves with the bound port. */
  start(port?: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** Composition root: wires config, storage, the core and the Teams adapter into a restify server. */
export function createBotApp(config: Config, logger: Logger, overrides: AppOverrides = {}): BotApp {
  const storage =
    overrides.storage ??
    createStorage({
      ...config,
      SQLITE_PATH: config.SQLITE_PATH === ':memory:' ? ':memory:' : path.resolve(config.SQLITE_PATH),
    });
  const bot = createTeamsBot({
    config,
    storage,
    logger,
    assistant: overrides.assistant ?? createCoreAssistant({ maxInputBytes: config.MAX_INPUT_BYTES }),
    urlPolicy: overrides.urlPolicy ?? httpsOnly,
    registerRoutes: overrides.registerRoutes,
  });
  // Room for a pasted NDR (MAX_INPUT_BYTES) plus the activity envelope around it.
  const server = createHttpServer({
    adapter: bot.adapter,
    run: bot.run,
    logger,
    maxBodyBytes: config.MAX_INPUT_BYTES + 65_536,
  });
  return {
    server,
    bot,
    storage,
    start: (port = config.PORT, host) => listen(server, port, host),
    stop: async () => {
      await close(server);
      if (!overrides.storage) closeStorage(storage);
    },
  };
}
