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
import { createFixModule, fixRouteDepsFrom, registerFixRoutes, type FixModule } from './adapters/teams/fixes';
import { createTeamsBot, type TeamsBot, type TeamsBotDeps } from './adapters/teams/teams-bot';
import type { CredentialExtras } from './adapters/graph/credentials';

/** Replaceable parts (tests swap storage or the download policy). */
export interface AppOverrides {
  storage?: Storage;
  assistant?: Assistant;
  urlPolicy?: UrlPolicy;
  registerRoutes?: TeamsBotDeps['registerRoutes'];
  invokeBudgetMs?: number;
  /** `false` leaves out the Graph fix routes (their module is built from config otherwise). */
  fixes?: false;
  /** Credential extras for the Graph client, e.g. the local stand-in's TLS certificate in tests. */
  graphExtras?: CredentialExtras;
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
  const sqlitePath = config.SQLITE_PATH === ':memory:' ? ':memory:' : path.resolve(config.SQLITE_PATH);
  const storage = overrides.storage ?? createStorage({ ...config, SQLITE_PATH: sqlitePath });
  const fixes: FixModule | undefined =
    overrides.fixes === false
      ? undefined
      : createFixModule(
          { ...config, SQLITE_PATH: sqlitePath },
          { storage, ...(overrides.graphExtras ? { extras: overrides.graphExtras } : {}) },
        );
  const bot = createTeamsBot({
    config,
    storage,
    logger,
    assistant: overrides.assistant ?? createCoreAssistant({ maxInputBytes: config.MAX_INPUT_BYTES }),
    urlPolicy: overrides.urlPolicy ?? httpsOnly,
    invokeBudgetMs: overrides.invokeBudgetMs,
    ...(fixes
      ? {
          viewerIsAdmin: (activity) => fixes.viewerIsAdmin(activity),
          rolesFromDirectory: fixes.graphMode !== 'dry-run',
        }
      : {}),
    registerRoutes: (app, services) => {
      // Fix verbs (fix.*, diagnose.run) are routed before the generic card-action route.
      if (fixes) registerFixRoutes(app, fixRouteDepsFrom(services, fixes.service));
      overrides.registerRoutes?.(app, services);
    },
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
    start: async (port = config.PORT, host) => {
      if (fixes) {
        const settled = await fixes.reconcile().catch((error: unknown) => {
          logger.error({ err: error }, 'could not reconcile fix approvals left in progress');
          return 0;
        });
        if (settled > 0) logger.info({ settled }, 'reconciled fix approvals left in progress by a restart');
      }
      return listen(server, port, host);
    },
    stop: async () => {
      await close(server);
      fixes?.close();
      if (!overrides.storage) closeStorage(storage);
    },
  };
}
