import type { Approval, ApprovalState } from './approval';
import type { Actor, FixActionId, GraphRequest } from './types';

/** Stores approvals. `compareAndSet` writes only if the stored eTag still equals `expectedETag`. */
export interface ApprovalRepository {
  get(id: string): Promise<Approval | undefined>;
  /** Stores a new approval and returns it with its first eTag. */
  create(approval: Approval): Promise<Approval>;
  /** Returns the stored approval with a new eTag, or undefined when another writer got there first. */
  compareAndSet(next: Approval, expectedETag: string): Promise<Approval | undefined>;
  listByState(state: ApprovalState): Promise<Approval[]>;
}

/** Answers "which directory roles does this user hold?" (role template ids, active assignments). */
export interface DirectoryPort {
  roleTemplateIds(tenantId: string, aadObjectId: string): Promise<readonly string[]>;
}

/** What Graph answered. In dry-run, writes are not sent and `dryRun` is true. */
export interface GraphResponse {
  status: number;
  body: unknown;
  requestId?: string;
  dryRun: boolean;
}

/** Executes Graph requests described as data. Failures are thrown as BotErrors (GRAPH_*). */
export interface GraphPort {
  readonly dryRun: boolean;
  execute(request: GraphRequest): Promise<GraphResponse>;
}

/** Runs the Exchange switch (Set-CASMailbox / Get-CASMailbox) through an Azure Automation runbook. */
export interface RunbookPort {
  setSmtpAuth(
    mailbox: string,
    enabled: boolean,
  ): Promise<{ jobId: string; smtpClientAuthenticationDisabled: boolean | null }>;
  getSmtpAuth(mailbox: string): Promise<{ jobId: string; smtpClientAuthenticationDisabled: boolean | null }>;
}

/** Audit actions recorded by the fix module. */
export type AuditAction =
  | 'fix.request'
  | 'fix.approve'
  | 'fix.reject'
  | 'fix.apply'
  | 'fix.undo'
  | 'fix.verify'
  | 'fix.reconcile'
  | 'fix.expire'
  | 'diagnose.run'
  | 'access.denied'
  | 'action.forged';

/** One audit record, as appended. */
export interface AuditEntryInput {
  at: string;
  tenantId: string;
  actorId: string;
  actorName: string;
  action: AuditAction;
  fixId?: FixActionId;
  approvalId?: string;
  mailbox?: string;
  /** 'ok', 'dry-run', 'manual', 'already-done', or a BotError code. */
  result: string;
  graphRequestId?: string;
  detail?: string;
}

/** A stored audit record. */
export interface AuditEntry extends AuditEntryInput {
  seq: number;
}

/** Append-only audit log. */
export interface AuditLog {
  append(entry: AuditEntryInput): Promise<AuditEntry>;
  list(query?: { since?: string; limit?: number }): Promise<AuditEntry[]>;
}

/** Time and ids, injected so the core stays deterministic in tests. */
export interface Clock {
  now(): Date;
}

/** Everything the fix service needs. */
export interface FixServiceDeps {
  approvals: ApprovalRepository;
  directory: DirectoryPort;
  graph: GraphPort;
  audit: AuditLog;
  runbook?: RunbookPort;
  clock: Clock;
  newId: () => string;
  approvalTtlHours: number;
}

export type { Actor };
