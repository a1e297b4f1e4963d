import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStorage } from '../../../src/adapters/storage';
import { storageCases } from './storage.case';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ndr-sqlite-'));
const file = path.join(dir, 'nested', 'state.sqlite');
let storage: SqliteStorage | undefined;

storageCases(
  'SqliteStorage',
  async () => (storage = new SqliteStorage(file)),
  async () => storage?.close(),
);

describe('SqliteStorage specifics', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps data across instances over the same file (restart) and uses WAL', async () => {
    const other = path.join(dir, 'restart.sqlite');
    const first = new SqliteStorage(other);
    await first.write({ 'walkthrough/1': { step: 3 } });
    first.close();
    const second = new SqliteStorage(other);
    expect((await second.read(['walkthrough/1']))['walkthrough/1']).toMatchObject({ step: 3 });
    second.close();
    expect(fs.existsSync(other)).toBe(true);
  });

  it('detects a conflict between two instances sharing one file', async () => {
    const shared = path.join(dir, 'shared.sqlite');
    const a = new SqliteStorage(shared);
    const b = new SqliteStorage(shared);
    await a.write({ k: { v: 0 } });
    const seenByA = (await a.read(['k'])).k;
    const seenByB = (await b.read(['k'])).k;
    await b.write({ k: { ...seenByB, v: 'b' } });
    await expect(a.write({ k: { ...seenByA, v: 'a' } })).rejects.toMatchObject({ code: 'STORAGE_CONFLICT' });
    expect((await a.read(['k'])).k).toMatchObject({ v: 'b' });
    a.close();
    b.close();
  });
});
