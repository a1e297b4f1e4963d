import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, SqliteApprovalRepository, SqliteAuditLog } from '../../../src/adapters/audit';
import { DryRunGraph } from '../../../src/adapters/graph/dry-run-graph';
import { FixService } from '../../../src/core/fixes/fix-service';
import { startGraphStandIn } from '../../support/graph-stand-in';
import { ALL_APP_ROLES, CLIENT_ID, SECRET } from '../graph/stand-in';

const run = promisify(execFile);
const HOOK = path.join(__dirname, '../../support/graph-stand-in/process/ts-register.js');
const INSTANCE = path.join(__dirname, '../../support/graph-stand-in/process/approve-instance.ts');
const ADA = 'a0a0a0a0-0000-4000-8000-00000000000a';

describe('exactly once across two OS processes', () => {
  it('two bot processes × 10 concurrent approvals on one SQLite file → one Graph write', async () => {
    const standIn = await startGraphStandIn({
      apps: { [CLIENT_ID]: { secret: SECRET, roles: ALL_APP_ROLES } },
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ndr-2proc-')), 'bot.sqlite');
    const db = openDatabase(file);
    try {
      const tenantId = standIn.tenant.tenantId;
      const requester = new FixService({
        approvals: new SqliteApprovalRepository(db),
        audit: new SqliteAuditLog(db),
        directory: { roleTemplateIds: async () => [] },
        graph: new DryRunGraph(),
        clock: { now: () => new Date() },
        newId: () => 'ap-two-processes',
        approvalTtlHours: 24,
      });
      const { approval } = await requester.requestFix(
        { aadObjectId: 'b0b0b0b0-0000-4000-8000-00000000000b', name: 'Uma', tenantId },
        {
          fixId: 'security-defaults.disable',
          target: {},
          reason: 'printer',
          offeredFixes: ['security-defaults.disable'],
        },
      );
      const args = {
        db: file,
        approvalId: approval.id,
        clicks: 10,
        admin: { aadObjectId: ADA, name: 'Ada', tenantId },
        startAt: Date.now() + 4000,
        env: {
          AZURE_TENANT_ID: tenantId,
          AZURE_CLIENT_ID: CLIENT_ID,
          AZURE_CLIENT_SECRET: SECRET,
          AZURE_AUTHORITY_HOST: standIn.authorityHost,
          GRAPH_BASE_URL: standIn.graphBaseUrl,
        },
      };
      const children = await Promise.all(
        [0, 1].map(() =>
          run(process.execPath, ['-r', HOOK, INSTANCE, JSON.stringify(args)], { timeout: 60_000 }),
        ),
      );
      const results = children.map(
        (child) => JSON.parse(child.stdout) as { pid: number; outcomes: string[]; ms: number },
      );
      const outcomes = results.flatMap((r) => r.outcomes);
      expect(new Set(results.map((r) => r.pid)).size).toBe(2);
      expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'already')).toHaveLength(19);
      expect(standIn.writes).toBe(1);
      expect((await new SqliteApprovalRepository(db).get(approval.id))?.state).toBe('applied');
      console.log(
        `exactly-once (2 processes): attempts=${outcomes.length} graphWrites=${standIn.writes} ms=${Math.max(...results.map((r) => r.ms))}`,
      );
    } finally {
      db.close();
      await standIn.close();
    }
  }, 90_000);
});
