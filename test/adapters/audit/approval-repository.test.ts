import {
  openDatabase,
  SqliteApprovalRepository,
  MemoryApprovalRepository,
} from '../../../src/adapters/audit';
import { BotError } from '../../../src/core/errors';
import { newApproval, transition } from '../../../src/core/fixes/approval';
import type { ApprovalRepository } from '../../../src/core/fixes/ports';

const actor = { aadObjectId: 'u1', name: 'Uma', tenantId: 't1' };
const now = new Date('2026-11-25T08:00:00Z');
const fresh = (id = 'ap-1') =>
  newApproval({
    id,
    tenantId: 't1',
    fixId: 'security-defaults.disable',
    target: {},
    reason: 'r',
    offeredFixes: ['security-defaults.disable'],
    requestedBy: actor,
    now,
    ttlHours: 1,
  });

describe.each([
  ['sqlite', (): ApprovalRepository => new SqliteApprovalRepository(openDatabase(':memory:'))],
  ['memory', (): ApprovalRepository => new MemoryApprovalRepository()],
])('%s approval repository', (_name, make) => {
  it('creates once; a second create with the same id is a STORAGE_CONFLICT', async () => {
    const repo = make();
    const created = await repo.create(fresh());
    expect(created.eTag).not.toBe('');
    await expect(repo.create(fresh())).rejects.toThrow(BotError);
    expect(await repo.get('ap-1')).toEqual(created);
    expect(await repo.get('nope')).toBeUndefined();
  });

  it('compare-and-set lets exactly one of two writers with the same eTag win', async () => {
    const repo = make();
    const created = await repo.create(fresh());
    const approved = transition(created, { type: 'approve', by: { ...actor, aadObjectId: 'admin' } }, now);
    const first = await repo.compareAndSet(approved, created.eTag);
    const second = await repo.compareAndSet(approved, created.eTag);
    expect(first?.state).toBe('approved');
    expect(second).toBeUndefined();
    expect((await repo.listByState('approved')).map((a) => a.id)).toEqual(['ap-1']);
    expect(await repo.listByState('requested')).toEqual([]);
  });
});
