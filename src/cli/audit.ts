import fs from 'node:fs';
import { openDatabase } from '../adapters/audit/open-database';
import { SqliteAuditLog } from '../adapters/audit/sqlite-audit-log';
import type { AuditEntry } from '../core/fixes/ports';
import { write } from './io';

const USAGE = 'usage: ndr-assist audit [--json] [--since ISO-8601] [--limit N] [--db PATH]\n';
const DEFAULT_DB = '.data/ndr-assist.sqlite';

interface AuditArgs {
  json: boolean;
  since?: string;
  limit: number;
  db: string;
}

function parseArgs(argv: readonly string[], defaultDb: string): AuditArgs | string {
  const args: AuditArgs = { json: false, limit: 50, db: defaultDb };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--since':
        if (!value || Number.isNaN(Date.parse(value))) return '--since needs an ISO-8601 date or time';
        args.since = new Date(value).toISOString();
        i += 1;
        break;
      case '--limit':
        if (!value || !/^\d+$/.test(value) || Number(value) < 1) return '--limit needs a positive integer';
        args.limit = Number(value);
        i += 1;
        break;
      case '--db':
        if (!value) return '--db needs a path';
        args.db = value;
        i += 1;
        break;
      default:
        return `unknown option "${flag ?? ''}"`;
    }
  }
  return args;
}

function line(entry: AuditEntry): string {
  const cells = [
    entry.at,
    entry.action.padEnd(14),
    entry.result.padEnd(24),
    `${entry.actorName} (${entry.actorId})`,
    entry.fixId ?? '-',
    entry.approvalId ?? '-',
    entry.mailbox ?? '-',
    entry.graphRequestId ? `request-id=${entry.graphRequestId}` : '',
  ];
  return cells.join('  ').trimEnd();
}

/**
 * `ndr-assist audit`: lists the fix audit log, newest first. Exit codes: 0 listed, 1 no log at the path, 2 bad usage.
 * `env.SQLITE_PATH` (when the caller passes the environment) is the default for --db.
 */
export async function runAuditCommand(
  argv: readonly string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  env: Readonly<Record<string, string | undefined>> = {},
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    await write(io.stdout, USAGE);
    return 0;
  }
  const args = parseArgs(argv, env.SQLITE_PATH || DEFAULT_DB);
  if (typeof args === 'string') {
    await write(io.stderr, `ndr-assist audit: ${args}\n${USAGE}`);
    return 2;
  }
  if (!fs.existsSync(args.db)) {
    await write(io.stderr, `ndr-assist audit: no database at ${args.db}\n`);
    return 1;
  }
  const db = openDatabase(args.db, { readonly: true });
  try {
    const hasTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")
      .get();
    const entries = hasTable
      ? await new SqliteAuditLog(db).list({ since: args.since, limit: args.limit })
      : [];
    if (args.json) {
      await write(io.stdout, `${JSON.stringify(entries, null, 2)}\n`);
    } else if (entries.length === 0) {
      await write(io.stdout, 'No audit entries.\n');
    } else {
      await write(io.stdout, `${entries.map(line).join('\n')}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
