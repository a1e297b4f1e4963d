import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { BotError } from '../../core/errors';
import type { Approval, ApprovalState } from '../../core/fixes/approval';
import type { ApprovalRepository } from '../../core/fixes/ports';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS approvals (
  id TEXT PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  state TEXT NOT NULL,
  etag TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS approvals_state ON approvals (state);
`;

interface Row {
  body: string;
  etag: string;
}

const parse = (row: Row): Approval => ({ ...(JSON.parse(row.body) as Approval), eTag: row.etag });

/**
 * Approvals in the `approvals` table of the bot's SQLite file. `compareAndSet` is one UPDATE ... WHERE etag = ?, so
 * across processes sharing the file exactly one writer wins each transition.
 */
export class SqliteApprovalRepository implements ApprovalRepository {
  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
  }

  async get(id: string): Promise<Approval | undefined> {
    const row = this.db.prepare<[string], Row>('SELECT body, etag FROM approvals WHERE id = ?').get(id);
    return row ? parse(row) : undefined;
  }

  async create(approval: Approval): Promise<Approval> {
    const eTag = randomUUID();
    const { eTag: _ignored, ...body } = approval;
    const info = this.db
      .prepare(
        'INSERT INTO approvals (id, tenant_id, state, etag, updated_at, body) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING',
      )
      .run(approval.id, approval.tenantId, approval.state, eTag, approval.updatedAt, JSON.stringify(body));
    if (info.changes === 0)
      throw new BotError('STORAGE_CONFLICT', { detail: `approval ${approval.id} exists` });
    return { ...approval, eTag };
  }

  async compareAndSet(next: Approval, expectedETag: string): Promise<Approval | undefined> {
    const eTag = randomUUID();
    const { eTag: _ignored, ...body } = next;
    const info = this.db
      .prepare('UPDATE approvals SET state = ?, etag = ?, updated_at = ?, body = ? WHERE id = ? AND etag = ?')
      .run(next.state, eTag, next.updatedAt, JSON.stringify(body), next.id, expectedETag);
    return info.changes === 1 ? { ...next, eTag } : undefined;
  }

  async listByState(state: ApprovalState): Promise<Approval[]> {
    return this.db
      .prepare<[string], Row>('SELECT body, etag FROM approvals WHERE state = ? ORDER BY updated_at')
      .all(state)
      .map(parse);
  }
}
