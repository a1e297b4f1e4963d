import { BotError } from '../../../src/core/errors';
import type { Approval, ApprovalState } from '../../../src/core/fixes/approval';
import type {
  ApprovalRepository,
  AuditEntry,
  AuditEntryInput,
  AuditLog,
  DirectoryPort,
  FixServiceDeps,
  GraphPort,
  GraphResponse,
} from '../../../src/core/fixes/ports';
import { ROLE } from '../../../src/core/fixes/roles';
import type { Actor, GraphRequest } from '../../../src/core/fixes/types';

export const TENANT = '11111111-1111-1111-1111-111111111111';
export const admin: Actor = {
  aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001',
  name: 'Ada Admin',
  tenantId: TENANT,
};
export const user: Actor = {
  aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000002',
  name: 'Uma User',
  tenantId: TENANT,
};

export class MemoryApprovals implements ApprovalRepository {
  readonly rows = new Map<string, Approval>();
  private version = 0;
  async get(id: string) {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : undefined;
  }
  async create(approval: Approval) {
    if (this.rows.has(approval.id)) throw new BotError('STORAGE_CONFLICT');
    const stored = { ...approval, eTag: `v${++this.version}` };
    this.rows.set(approval.id, stored);
    return structuredClone(stored);
  }
  async compareAndSet(next: Approval, expectedETag: string) {
    await Promise.resolve();
    const current = this.rows.get(next.id);
    if (!current || current.eTag !== expectedETag) return undefined;
    const stored = { ...next, eTag: `v${++this.version}` };
    this.rows.set(next.id, stored);
    return structuredClone(stored);
  }
  async listByState(state: ApprovalState) {
    return [...this.rows.values()].filter((row) => row.state === state).map((row) => structuredClone(row));
  }
}

export class MemoryAudit implements AuditLog {
  readonly entries: AuditEntry[] = [];
  async append(entry: AuditEntryInput) {
    const stored = { ...entry, seq: this.entries.length + 1 };
    this.entries.push(stored);
    return stored;
  }
  async list() {
    return [...this.entries];
  }
}

export class FakeDirectory implements DirectoryPort {
  constructor(
    readonly roles: Record<string, string[]> = { [admin.aadObjectId]: [ROLE.globalAdministrator] },
  ) {}
  async roleTemplateIds(_tenantId: string, id: string) {
    return this.roles[id] ?? [];
  }
}

/** Graph with a tiny tenant state; counts writes. */
export class FakeGraph implements GraphPort {
  writes: GraphRequest[] = [];
  state = { securityDefaults: true, mfa: 'enforced' as string };
  failWith?: BotError;
  constructor(readonly dryRun = false) {}
  async execute(request: GraphRequest): Promise<GraphResponse> {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (request.method !== 'GET') {
      if (this.failWith) throw this.failWith;
      if (this.dryRun) return { status: 0, body: request, dryRun: true };
      this.writes.push(request);
      if (request.path.includes('identitySecurityDefaults'))
        this.state.securityDefaults = Boolean(request.body?.isEnabled);
      else this.state.mfa = String(request.body?.perUserMfaState);
      return { status: 204, body: undefined, requestId: `req-${this.writes.length}`, dryRun: false };
    }
    if (this.dryRun) return { status: 0, body: undefined, dryRun: true };
    const body = request.path.includes('identitySecurityDefaults')
      ? { isEnabled: this.state.securityDefaults }
      : { perUserMfaState: this.state.mfa };
    return { status: 200, body, requestId: 'req-read', dryRun: false };
  }
}

export class FixedClock {
  constructor(public current = new Date('2026-11-25T08:00:00Z')) {}
  now() {
    return new Date(this.current);
  }
  advanceHours(hours: number) {
    this.current = new Date(this.current.getTime() + hours * 3_600_000);
  }
}

export function makeDeps(overrides: Partial<FixServiceDeps> = {}) {
  let next = 0;
  const deps = {
    approvals: new MemoryApprovals(),
    directory: new FakeDirectory(),
    graph: new FakeGraph(),
    audit: new MemoryAudit(),
    clock: new FixedClock(),
    newId: () => `ap-${++next}`,
    approvalTtlHours: 24,
    ...overrides,
  };
  return deps;
}
