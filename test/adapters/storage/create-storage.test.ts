import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import { closeStorage, createStorage, SqliteStorage } from '../../../src/adapters/storage';
import { loadConfig } from '../../../src/config';

describe('createStorage', () => {
  it('defaults to SQLite at SQLITE_PATH, creating the folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ndr-create-'));
    const file = path.join(dir, 'nested', 'bot.sqlite');
    const storage = createStorage(loadConfig({ SQLITE_PATH: file }));
    expect(storage).toBeInstanceOf(SqliteStorage);
    await storage.write({ k: { v: 1 } });
    expect(fs.existsSync(file)).toBe(true);
    closeStorage(storage);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('builds CosmosDbPartitionedStorage for STORAGE_KIND=cosmos without connecting', () => {
    const storage = createStorage(
      loadConfig({ STORAGE_KIND: 'cosmos', COSMOS_ENDPOINT: 'https://localhost:8081', COSMOS_KEY: 'a2V5' }),
    );
    expect(storage).toBeInstanceOf(CosmosDbPartitionedStorage);
    expect(() => closeStorage(storage)).not.toThrow();
  });
});
