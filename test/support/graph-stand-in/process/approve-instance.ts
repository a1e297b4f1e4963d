// A second bot instance in its own OS process: approves one approval `clicks` times concurrently over the shared
// SQLite file and prints the outcomes as JSON. Spawned by test/adapters/audit/two-processes.test.ts.
import { openDatabase } from '../../../../src/adapters/audit/open-database';
import { SqliteApprovalRepository } from '../../../../src/adapters/audit/sqlite-approval-repository';
import { SqliteAuditLog } from '../../../../src/adapters/audit/sqlite-audit-log';
import { createAppCredential } from '../../../../src/adapters/graph/credentials';
import { GraphClientAdapter } from '../../../../src/adapters/graph/graph-client';
import { GraphDirectory } from '../../../../src/adapters/graph/graph-directory';
import { loadConfig } from '../../../../src/config';
import { FixService } from '../../../../src/core/fixes/fix-service';
import { STAND_IN_CA } from '../server';

interface Args {
  db: string;
  approvalId: string;
  clicks: number;
  env: Record<string, string>;
  admin: { aadObjectId: string; name: string; tenantId: string };
  startAt: number;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as Args;
  const config = loadConfig(args.env);
  const graph = new GraphClientAdapter({
    credential: createAppCredential(config, { tlsCa: STAND_IN_CA })!,
    baseUrl: config.GRAPH_BASE_URL,
    maxRetries: 3,
    tlsCa: STAND_IN_CA,
  });
  const db = openDatabase(args.db);
  const service = new FixService({
    approvals: new SqliteApprovalRepository(db),
    audit: new SqliteAuditLog(db),
    directory: new GraphDirectory({ graph, cacheSeconds: 60 }),
    graph,
    clock: { now: () => new Date() },
    newId: () => 'unused',
    approvalTtlHours: 24,
  });
  // Both processes start clicking at the same wall-clock moment.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, args.startAt - Date.now())));
  const clicked = Date.now();
  const outcomes = await Promise.all(
    Array.from({ length: args.clicks }, () =>
      service.decide(args.admin, { approvalId: args.approvalId }, 'approve').then((o) => o.status),
    ),
  );
  graph.close();
  db.close();
  process.stdout.write(JSON.stringify({ pid: process.pid, outcomes, ms: Date.now() - clicked }));
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exitCode = 1;
});
