import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { MemoryAuditLog, StorageApprovalRepository } from '../../../src/adapters/audit';
import { SqliteStorage } from '../../../src/adapters/storage';
import { BotError } from '../../../src/core/errors';
import { newApproval, transition } from '../../../src/core/fixes/approval';
import { FixService } from '../../../src/core/fixes/fix-service';
import { admin, FakeDirectory, FakeGraph, user } from '../../core/fixes/fakes';

const now = new Date('2026-11-25T08:00:00Z');
const fresh = () =>
  newApproval({
    id: 'ap-1',
    tenantId: user.tenantId,
    fixId: 'security-defaults.disable',
    target: {},
    reason: 'r',
    offeredFixes: ['security-defaults.disable'],
    requestedBy: user,
    now,
    ttlHours: 1,
  });

describe.each([
  ['botbuilder MemoryStorage', () => new MemoryStorage()],
  ['SqliteStorage', () => new SqliteStorage(':memory:')],
])('StorageApprovalRepository over %s', (_name, makeStorage) => {
  it('creates once, compare-and-sets once per eTag, indexes applying approvals', async () => {
    const repo = new StorageApprovalRepository(makeStorage());
    const created = await repo.create(fresh());
    await expect(repo.create(fresh())).rejects.toThrow(BotError);
    expect(await repo.get('ap-1')).toEqual(created);
    const approved = transition(created, { type: 'approve', by: admin }, now);
    const won = await repo.compareAndSet(approved, created.eTag);
    expect(won?.state).toBe('approved');
    expect(await repo.compareAndSet(approved, created.eTag)).toBeUndefined();
    const applying = await repo.compareAndSet(
      transition(won!, { type: 'start-apply', by: admin }, now),
      won!.eTag,
    );
    expect((await repo.listByState('applying')).map((a) => a.id)).toEqual(['ap-1']);
    await repo.compareAndSet(
      transition(applying!, { type: 'succeed', result: { path: 'graph' } }, now),
      applying!.eTag,
    );
    expect(await repo.listByState('applying')).toEqual([]);
  });
});

describe('StorageApprovalRepository across two SqliteStorage instances on one file', () => {
  it('20 concurrent approvals → one Graph write', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ndr-storage-')), 'bot.sqlite');
    const storages = [new SqliteStorage(file), new SqliteStorage(file)];
    const graph = new FakeGraph();
    const services = storages.map(
      (storage, i) =>
        new FixService({
          approvals: new StorageApprovalRepository(storage),
          audit: new MemoryAuditLog(),
          directory: new FakeDirectory(),
          graph,
          clock: { now: () => now },
          newId: () => `ap-${i}`,
          approvalTtlHours: 24,
        }),
    );
    try {
      const { approval } = await services[0]!.requestFix(user, {
        fixId: 'security-defaults.disable',
        target: {},
        reason: '',
        offeredFixes: ['security-defaults.disable'],
      });
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          services[i % 2]!.decide(admin, { approvalId: approval.id }, 'approve'),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'applied')).toHaveLength(1);
      expect(graph.writes).toHaveLength(1);
    } finally {
      storages.forEach((storage) => storage.close());
    }
  });
});
