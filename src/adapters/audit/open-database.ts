import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Opens (creating the folder) the SQLite file shared with the bot's storage; `:memory:` for tests. */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Database.Database {
  if (file !== ':memory:' && !options.readonly)
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, options.readonly ? { readonly: true, fileMustExist: true } : {});
  if (!options.readonly) db.pragma('journal_mode = WAL');
  // Two bot instances may share the file: wait for the other writer instead of failing at once.
  db.pragma('busy_timeout = 5000');
  return db;
}
