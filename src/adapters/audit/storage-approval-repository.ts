import { randomUUID } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { BotError, isBotError } from '../../core/errors';
import type { Approval, ApprovalState } from '../../core/fixes/approval';
import type { ApprovalRepository } from '../../core/fixes/ports';

const PREFIX = 'fix-approvals/';
const APPLYING_INDEX = `${PREFIX}_applying`;

type Stored = Omit<Approval, 'eTag'> & { writeId: string; eTag?: string };

/** True for the eTag conflicts of every botbuilder Storage (SQLite BotError, MemoryStorage Error, Blob/Cosmos 412). */
function isConflict(error: unknown): boolean {
  if (isBotError(error)) return error.code === 'STORAGE_CONFLICT';
  const status =
    (error as { statusCode?: unknown; code?: unknown } | undefined)?.statusCode ??
    (error as { code?: unknown } | undefined)?.code;
  return status === 412 || status === 409 || (error instanceof Error && /etag/i.test(error.message));
}

/**
 * Approvals over any botbuilder `Storage` with eTags (SQLite, Blob, Cosmos), for deployments whose bot state is not a
 * local SQLite file. Transitions are compare-and-set on the item's eTag, so exactly one writer moves an approval to
 * `applying`. Creation is read-then-write with a read-back check (Storage has no insert-if-absent); approvals in
 * `applying` are tracked in an index item for restart reconciliation.
 */
export class StorageApprovalRepository implements ApprovalRepository {
  constructor(private readonly storage: Storage) {}

  async get(id: string): Promise<Approval | undefined> {
    const key = PREFIX + id;
    const item = (await this.storage.read([key]))[key] as Stored | undefined;
    return item ? this.toApproval(item) : undefined;
  }

  async create(approval: Approval): Promise<Approval> {
    const key = PREFIX + approval.id;
    if ((await this.storage.read([key]))[key])
      throw new BotError('STORAGE_CONFLICT', { detail: `approval ${approval.id} exists` });
    const writeId = randomUUID();
    const { eTag: _ignored, ...body } = approval;
    await this.storage.write({ [key]: { ...body, writeId } });
    const stored = (await this.storage.read([key]))[key] as Stored | undefined;
    if (!stored || stored.writeId !== writeId)
      throw new BotError('STORAGE_CONFLICT', { detail: `approval ${approval.id} created concurrently` });
    return this.toApproval(stored);
  }

  async compareAndSet(next: Approval, expectedETag: string): Promise<Approval | undefined> {
    const key = PREFIX + next.id;
    const writeId = randomUUID();
    const { eTag: _ignored, ...body } = next;
    try {
      await this.storage.write({ [key]: { ...body, writeId, eTag: expectedETag } });
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
    const stored = (await this.storage.read([key]))[key] as Stored | undefined;
    if (!stored || stored.writeId !== writeId) return undefined;
    await this.index(next.id, next.state === 'applying');
    return this.toApproval(stored);
  }

  async listByState(state: ApprovalState): Promise<Approval[]> {
    // Storage cannot be queried: only `applying` (what reconciliation needs) is indexed.
    if (state !== 'applying')
      throw new BotError('INTERNAL', { detail: 'StorageApprovalRepository lists only applying approvals' });
    const index = (await this.storage.read([APPLYING_INDEX]))[APPLYING_INDEX] as
      { ids?: string[] } | undefined;
    const approvals = await Promise.all((index?.ids ?? []).map((id) => this.get(id)));
    return approvals.filter((approval): approval is Approval => approval?.state === 'applying');
  }

  private async index(id: string, add: boolean): Promise<void> {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const current = (await this.storage.read([APPLYING_INDEX]))[APPLYING_INDEX] as
        { ids?: string[]; eTag?: string } | undefined;
      const ids = new Set(current?.ids ?? []);
      if (add === ids.has(id)) return;
      if (add) ids.add(id);
      else ids.delete(id);
      try {
        await this.storage.write({
          [APPLYING_INDEX]: { ids: [...ids], ...(current?.eTag ? { eTag: current.eTag } : {}) },
        });
        return;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    throw new BotError('STORAGE_CONFLICT', { detail: 'applying index kept changing' });
  }

  private toApproval(stored: Stored): Approval {
    const { writeId: _writeId, eTag, ...approval } = stored;
    return { ...approval, eTag: eTag ?? '' } as Approval;
  }
}
