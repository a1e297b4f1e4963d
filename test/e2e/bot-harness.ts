import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createBotApp, type AppOverrides, type BotApp } from '../../src/app';
import { loadConfig, type RawEnv } from '../../src/config';
import { startConnectorStandIn, type ConnectorStandIn } from '../helpers/connector-stand-in';
import { freePort } from '../helpers/free-port';

/** A bot server started in-process on a free port, with its own SQLite file unless one is given. */
export interface RunningBot {
  url: string;
  app: BotApp;
  sqlitePath: string;
  logs: string[];
  stop(): Promise<void>;
}

/** Tag ids the e2e tests configure in HELPDESK_TAGS. */
export const TAGS = {
  'smtp-auth': { id: 'tag-mail-admins', name: 'Mail admins' },
  default: { id: 'tag-helpdesk', name: 'Helpdesk' },
};

/** A fresh temporary SQLite path. */
export function tempSqlitePath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ndr-e2e-')), 'state.sqlite');
}

/** Starts the real server (restify + CloudAdapter + teams-ai) exactly as src/index.ts does, minus process.env. */
export async function startBot(
  options: { env?: RawEnv; sqlitePath?: string; overrides?: AppOverrides } = {},
): Promise<RunningBot> {
  const sqlitePath = options.sqlitePath ?? tempSqlitePath();
  const config = loadConfig({
    NODE_ENV: 'test',
    STORAGE_KIND: 'sqlite',
    SQLITE_PATH: sqlitePath,
    HELPDESK_TAGS: JSON.stringify(TAGS),
    MAX_ATTACHMENT_BYTES: '65536',
    GRAPH_AUTH: 'dry-run',
    ...options.env,
  });
  const logs: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
  // Downloads come from a local http file server in tests; production allows https only.
  const app = createBotApp(config, logger, {
    urlPolicy: (url) => url.hostname === '127.0.0.1',
    ...options.overrides,
  });
  const port = await app.start(await freePort(), '127.0.0.1');
  return { url: `http://127.0.0.1:${port}/api/messages`, app, sqlitePath, logs, stop: () => app.stop() };
}

/**
 * The usual e2e set-up: a Bot Connector stand-in and the bot, started once per file, stopped after it, with the
 * recorded calls cleared before each test. Read `bot` and `connector` inside tests (they exist after beforeAll).
 */
export function useBotWithConnector(): { readonly bot: RunningBot; readonly connector: ConnectorStandIn } {
  const running = {} as { bot: RunningBot; connector: ConnectorStandIn };
  beforeAll(async () => {
    running.connector = await startConnectorStandIn();
    running.bot = await startBot();
  });
  afterAll(async () => {
    await running.bot?.stop();
    await running.connector?.close();
  });
  beforeEach(() => running.connector.clear());
  return running;
}
