import { randomUUID } from 'node:crypto';
import { BotError } from '../../core/errors';
import type { Approval, ApprovalState } from '../../core/fixes/approval';
import type { ApprovalRepository, AuditEntry, AuditEntryInput, AuditLog } from '../../core/fixes/ports';

/** In-memory approvals (STORAGE_KIND=memory, tests): same compare-and-set contract as SQLite. */
export class MemoryApprovalRepository implements ApprovalRepository {
  private readonly rows = new Map<string, Approval>();

  async get(id: string): Promise<Approval | undefined> {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : undefined;
  }

  async create(approval: Approval): Promise<Approval> {
    if (this.rows.has(approval.id))
      throw new BotError('STORAGE_CONFLICT', { detail: `approval ${approval.id} exists` });
    const stored = { ...structuredClone(approval), eTag: randomUUID() };
    this.rows.set(approval.id, stored);
    return structuredClone(stored);
  }

  async compareAndSet(next: Approval, expectedETag: string): Promise<Approval | undefined> {
    if (this.rows.get(next.id)?.eTag !== expectedETag) return undefined;
    const stored = { ...structuredClone(next), eTag: randomUUID() };
    this.rows.set(next.id, stored);
    return structuredClone(stored);
  }

  async listByState(state: ApprovalState): Promise<Approval[]> {
    return [...this.rows.values()].filter((row) => row.state === state).map((row) => structuredClone(row));
  }
}

/** In-memory audit log (tests, STORAGE_KIND=memory): lost on restart. */
export class MemoryAuditLog implements AuditLog {
  private readonly entries: AuditEntry[] = [];

  async append(entry: AuditEntryInput): Promise<AuditEntry> {
    const stored = { ...entry, seq: this.entries.length + 1 };
    this.entries.push(stored);
    return { ...stored };
  }

  async list(query: { since?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    return this.entries
      .filter((entry) => entry.at >= (query.since ?? ''))
      .reverse()
      .slice(0, query.limit ?? 100)
      .map((entry) => ({ ...entry }));
  }
}
