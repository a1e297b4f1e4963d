import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';
import { BotError } from '../../core/errors';

interface Row {
  key: string;
  value: string;
  etag: string;
}

/**
 * botbuilder `Storage` over one SQLite file (WAL). ETags follow botbuilder's contract: an item written without an
 * eTag or with `'*'` always wins; any other eTag must match the stored one or the write fails (STORAGE_CONFLICT).
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // Two bot instances may share the file: wait for the other writer instead of failing at once.
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS bot_storage (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)',
    );
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const select = this.db.prepare<[string], Row>('SELECT key, value, etag FROM bot_storage WHERE key = ?');
    for (const key of keys) {
      const row = select.get(key);
      if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const select = this.db.prepare<[string], Pick<Row, 'etag'>>('SELECT etag FROM bot_storage WHERE key = ?');
    const upsert = this.db.prepare<[string, string, string]>(
      'INSERT INTO bot_storage (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag',
    );
    // IMMEDIATE takes the write lock before the eTag check, so the check-and-set is atomic across processes.
    const apply = this.db.transaction((entries: [string, unknown][]) => {
      for (const [key, item] of entries) {
        const { eTag, ...value } = (item ?? {}) as { eTag?: unknown } & Record<string, unknown>;
        if (typeof eTag === 'string' && eTag !== '*' && eTag !== '') {
          const current = select.get(key);
          if (current && current.etag !== eTag) {
            throw new BotError('STORAGE_CONFLICT', { detail: `eTag conflict writing "${key}"` });
          }
        }
        upsert.run(key, JSON.stringify(value), randomUUID());
      }
    });
    apply.immediate(Object.entries(changes));
  }

  async delete(keys: string[]): Promise<void> {
    const remove = this.db.prepare<[string]>('DELETE FROM bot_storage WHERE key = ?');
    this.db.transaction((all: string[]) => all.forEach((key) => remove.run(key))).immediate(keys);
  }

  /** Closes the database file (tests, shutdown). */
  close(): void {
    if (this.db.open) this.db.close();
  }
}
