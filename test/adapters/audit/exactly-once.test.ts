import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, SqliteApprovalRepository, SqliteAuditLog } from '../../../src/adapters/audit';
import { GraphDirectory } from '../../../src/adapters/graph/graph-directory';
import { transition } from '../../../src/core/fixes/approval';
import { FixService } from '../../../src/core/fixes/fix-service';
import type { Actor } from '../../../src/core/fixes/types';
import { graphAgainstStandIn } from '../graph/stand-in';

const ADA = 'a0a0a0a0-0000-4000-8000-00000000000a';
const UMA = 'b0b0b0b0-0000-4000-8000-00000000000b';

async function twoInstances(file: string, clockOffsetMs = 0) {
  const { standIn, graph } = await graphAgainstStandIn();
  const instance = () => {
    const db = openDatabase(file);
    const service = new FixService({
      approvals: new SqliteApprovalRepository(db),
      audit: new SqliteAuditLog(db),
      directory: new GraphDirectory({ graph, cacheSeconds: 60 }),
      graph,
      clock: { now: () => new Date(Date.now() + clockOffsetMs) },
      newId: () => `ap-${Math.random().toString(36).slice(2)}`,
      approvalTtlHours: 24,
    });
    return { db, service };
  };
  return { standIn, graph, a: instance(), b: instance() };
}

describe('exactly one Graph write across two instances sharing one SQLite file', () => {
  it('20 concurrent approve clicks from two admins on two instances → one write', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ndr-once-')), 'bot.sqlite');
    const { standIn, a, b } = await twoInstances(file);
    try {
      const tenantId = standIn.tenant.tenantId;
      const ada: Actor = { aadObjectId: ADA, name: 'Ada', tenantId };
      const uma: Actor = { aadObjectId: UMA, name: 'Uma', tenantId };
      standIn.tenant.users[UMA]!.roles = ['194ae4cb-b126-40b2-bd5b-6091b380977d']; // a second admin (Security Administrator)
      const requester: Actor = {
        aadObjectId: 'c0c0c0c0-0000-4000-8000-00000000000c',
        name: 'Printer owner',
        tenantId,
      };
      const { approval } = await a.service.requestFix(requester, {
        fixId: 'security-defaults.disable',
        target: {},
        reason: 'the scanner gets 535 5.7.139',
        offeredFixes: ['security-defaults.disable'],
      });

      const started = Date.now();
      const clicks = Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? a : b).service.decide(i % 4 < 2 ? ada : uma, { approvalId: approval.id }, 'approve'),
      );
      const outcomes = await Promise.all(clicks);
      const ms = Date.now() - started;

      const applied = outcomes.filter((o) => o.status === 'applied');
      expect(applied).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'already')).toHaveLength(19);
      expect(standIn.writes).toBe(1);
      expect(standIn.tenant.securityDefaultsEnabled).toBe(false);
      const stored = await new SqliteApprovalRepository(b.db).get(approval.id);
      expect(stored?.state).toBe('applied');
      expect(stored?.result?.requestId).toBe(applied[0]?.approval.result?.requestId);
      const audit = await new SqliteAuditLog(a.db).list();
      expect(audit.filter((e) => e.action === 'fix.apply')).toHaveLength(1);
      expect(audit.filter((e) => e.action === 'fix.approve')).toHaveLength(1);
      // Figures for docs/graph.md.
      console.log(
        `exactly-once: attempts=${clicks.length} instances=2 graphWrites=${standIn.writes} graphRequests=${standIn.requests.length} ms=${ms}`,
      );
    } finally {
      a.db.close();
      b.db.close();
      await standIn.close();
    }
  });

  it('after a restart, an approval left in applying is reconciled from Graph without a second write', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ndr-restart-')), 'bot.sqlite');
    const first = await twoInstances(file);
    const tenantId = first.standIn.tenant.tenantId;
    const requester: Actor = { aadObjectId: UMA, name: 'Uma', tenantId };
    const repo = new SqliteApprovalRepository(first.a.db);
    const { approval } = await first.a.service.requestFix(requester, {
      fixId: 'security-defaults.disable',
      target: {},
      reason: 'printer',
      offeredFixes: ['security-defaults.disable'],
    });
    const ada: Actor = { aadObjectId: ADA, name: 'Ada', tenantId };
    const approved = await repo.compareAndSet(
      transition(approval, { type: 'approve', by: ada }, new Date()),
      approval.eTag,
    );
    await repo.compareAndSet(
      transition(approved!, { type: 'start-apply', by: ada }, new Date()),
      approved!.eTag,
    );
    // The PATCH reached Graph, then the process died before recording the result.
    first.standIn.tenant.securityDefaultsEnabled = false;
    first.a.db.close();
    first.b.db.close();

    const restarted = openDatabase(file);
    const service = new FixService({
      approvals: new SqliteApprovalRepository(restarted),
      audit: new SqliteAuditLog(restarted),
      directory: new GraphDirectory({ graph: first.graph, cacheSeconds: 0 }),
      graph: first.graph,
      clock: { now: () => new Date(Date.now() + 10 * 60_000) },
      newId: () => 'unused',
      approvalTtlHours: 24,
    });
    try {
      const settled = await service.reconcile({ aadObjectId: 'system', name: 'ndr-assist', tenantId });
      expect(settled.map((s) => [s.id, s.state, s.result?.path])).toEqual([
        [approval.id, 'applied', 'reconciled'],
      ]);
      expect(first.standIn.writes).toBe(0);
      const audit = await new SqliteAuditLog(restarted).list();
      expect(audit.map((e) => e.action)).toEqual(['fix.reconcile', 'fix.request']);
    } finally {
      restarted.close();
      await first.standIn.close();
    }
  });
});
