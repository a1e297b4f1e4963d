import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Activity, Storage } from 'botbuilder';
import type { Config } from '../../../config';
import { FixService } from '../../../core/fixes/fix-service';
import type { ApprovalRepository, AuditLog } from '../../../core/fixes/ports';
import { MemoryApprovalRepository, MemoryAuditLog } from '../../audit/memory';
import { openDatabase } from '../../audit/open-database';
import { SqliteApprovalRepository } from '../../audit/sqlite-approval-repository';
import { SqliteAuditLog } from '../../audit/sqlite-audit-log';
import { StorageApprovalRepository } from '../../audit/storage-approval-repository';
import { createGraphAdapters } from '../../graph/create-graph-adapters';
import type { CredentialExtras, GraphAuthMode } from '../../graph/credentials';
import { tenantOf } from '../helpdesk';

/** The assembled fix feature: the service for the routes, the Graph mode in use, restart reconciliation. */
export interface FixModule {
  service: FixService;
  graphMode: GraphAuthMode;
  /** True when the Exchange runbook is configured (otherwise the Exchange fix is a guide + verify). */
  runbookConfigured: boolean;
  audit: AuditLog;
  /**
   * Whether the user behind an activity holds an admin role (Graph, cached; ADMIN_ALLOWLIST / ADMIN_GROUP_ID narrow
   * it). Decides the view a card shows; every fix action is re-checked on the server anyway. Failures mean "no".
   */
  viewerIsAdmin(activity: Partial<Activity>): Promise<boolean>;
  /** Settles approvals left in `applying` by a crash; returns how many were settled. */
  reconcile(): Promise<number>;
  close(): void;
}

/**
 * Builds the fix service from the config. Approvals and the audit log live in the bot's SQLite file (SQLITE_PATH,
 * tables `approvals` and `audit_log`), or in memory for STORAGE_KIND=memory. With STORAGE_KIND=blob|cosmos and the
 * bot's `storage` given, approvals go to that shared Storage (eTag compare-and-set) so several instances still write
 * once; the audit log stays in SQLITE_PATH.
 */
export function createFixModule(
  config: Config,
  options: { extras?: CredentialExtras; db?: Database.Database; storage?: Storage } = {},
): FixModule {
  const adapters = createGraphAdapters(config, options.extras);
  let db: Database.Database | undefined = options.db;
  let approvals: ApprovalRepository;
  let audit: AuditLog;
  if (!db && config.STORAGE_KIND === 'memory') {
    approvals = new MemoryApprovalRepository();
    audit = new MemoryAuditLog();
  } else {
    db ??= openDatabase(config.SQLITE_PATH);
    const shared = config.STORAGE_KIND === 'blob' || config.STORAGE_KIND === 'cosmos';
    approvals =
      shared && options.storage
        ? new StorageApprovalRepository(options.storage)
        : new SqliteApprovalRepository(db);
    audit = new SqliteAuditLog(db);
  }
  const service = new FixService({
    approvals,
    audit,
    directory: adapters.directory,
    graph: adapters.graph,
    ...(adapters.runbook ? { runbook: adapters.runbook } : {}),
    clock: { now: () => new Date() },
    newId: randomUUID,
    approvalTtlHours: config.APPROVAL_TTL_HOURS,
  });
  const ownsDb = !options.db && db !== undefined;
  return {
    service,
    graphMode: adapters.mode,
    runbookConfigured: adapters.runbook !== undefined,
    audit,
    viewerIsAdmin: async (activity) => {
      const aadObjectId = activity.from?.aadObjectId;
      const tenantId = tenantOf(activity);
      if (!aadObjectId || !tenantId) return false;
      return service.isAdmin({ aadObjectId, name: activity.from?.name ?? '', tenantId }).catch(() => false);
    },
    reconcile: async () =>
      (
        await service.reconcile({
          aadObjectId: 'ndr-assist',
          name: 'NDR Assist (restart)',
          tenantId: config.BOT_TENANT_ID ?? 'system',
        })
      ).length,
    close: () => {
      if (ownsDb) db?.close();
    },
  };
}
