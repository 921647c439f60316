import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import { kyselyStores } from '../kysely/kyselyStores.ts';
import type { Stores } from '../Stores.ts';
import { SqliteUpdateAppender } from './SqliteUpdateAppender.ts';

/**
 * The default store: one SQLite file in WAL mode. Appending to the update log runs
 * synchronously on the connection (SqliteUpdateAppender), so an accepted update is
 * durable in the same tick it is applied, before any other message is handled.
 */
export const SqliteStore = {
  /** Opens (creating if needed) the database file; ':memory:' gives a throwaway store. */
  open(filename: string): Stores {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
    const sqlite = new Database(filename);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
    return kyselyStores(db, new SqliteUpdateAppender(sqlite));
  },
};
