import type Database from 'better-sqlite3';
import type { AuditAction, AuditEntry, AuditEntryInput, AuditLog } from '../../core/fixes/ports';
import type { FixActionId } from '../../core/fixes/types';

interface Row {
  seq: number;
  at: string;
  tenant_id: string;
  actor_id: string;
  actor_name: string;
  action: string;
  fix_id: string | null;
  approval_id: string | null;
  mailbox: string | null;
  result: string;
  graph_request_id: string | null;
  detail: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  tenant_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  action TEXT NOT NULL,
  fix_id TEXT,
  approval_id TEXT,
  mailbox TEXT,
  result TEXT NOT NULL,
  graph_request_id TEXT,
  detail TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

function toEntry(row: Row): AuditEntry {
  const entry: AuditEntry = {
    seq: row.seq,
    at: row.at,
    tenantId: row.tenant_id,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action as AuditAction,
    result: row.result,
  };
  if (row.fix_id) entry.fixId = row.fix_id as FixActionId;
  if (row.approval_id) entry.approvalId = row.approval_id;
  if (row.mailbox) entry.mailbox = row.mailbox;
  if (row.graph_request_id) entry.graphRequestId = row.graph_request_id;
  if (row.detail) entry.detail = row.detail;
  return entry;
}

/** Creates the audit_log table (append-only: triggers refuse UPDATE and DELETE). */
export function ensureAuditSchema(db: Database.Database): void {
  db.exec(SCHEMA);
}

/** Append-only audit log in the `audit_log` table of the bot's SQLite file. */
export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: Database.Database) {
    if (!db.readonly) ensureAuditSchema(db);
  }

  async append(entry: AuditEntryInput): Promise<AuditEntry> {
    const info = this.db
      .prepare(
        `INSERT INTO audit_log (at, tenant_id, actor_id, actor_name, action, fix_id, approval_id, mailbox, result, graph_request_id, detail)
         VALUES (@at, @tenantId, @actorId, @actorName, @action, @fixId, @approvalId, @mailbox, @result, @graphRequestId, @detail)`,
      )
      .run({
        at: entry.at,
        tenantId: entry.tenantId,
        actorId: entry.actorId,
        actorName: entry.actorName.slice(0, 200),
        action: entry.action,
        fixId: entry.fixId ?? null,
        approvalId: entry.approvalId ?? null,
        mailbox: entry.mailbox ?? null,
        result: entry.result,
        graphRequestId: entry.graphRequestId ?? null,
        detail: entry.detail?.slice(0, 1000) ?? null,
      });
    return { ...entry, seq: Number(info.lastInsertRowid) };
  }

  /** Newest first; `since` is an ISO timestamp (inclusive). */
  async list(query: { since?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    const rows = this.db
      .prepare<[string, number], Row>('SELECT * FROM audit_log WHERE at >= ? ORDER BY seq DESC LIMIT ?')
      .all(query.since ?? '', query.limit ?? 100);
    return rows.map(toEntry);
  }
}
