import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createBotApp, type AppOverrides, type BotApp } from '../../src/app';
import { loadConfig, type RawEnv } from '../../src/config';
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
