import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import { kyselyStores } from '../kysely/kyselyStores.ts';
import type { Stores } from '../Stores.ts';
import { SqliteUpdateAppender } from './SqliteUpdateAppender.ts';
import { SqliteWalCheckpointer } from './SqliteWalCheckpointer.ts';

/**
 * How hard SQLite works to keep a commit through a power cut. In WAL mode, `normal`
 * keeps every commit through the server process being stopped or killed, but a power
 * cut or operating-system crash can undo the last moments of commits; `full` also
 * survives those, at the cost of waiting for the disk on every commit (measured on a
 * 2-core virtual machine: 2.6 ms per commit against 0.08 ms).
 */
export type SqliteSynchronous = 'normal' | 'full';

/**
 * The default store: one SQLite file in WAL mode. Appending to the update log runs
 * synchronously on the connection (SqliteUpdateAppender), so an update is committed
 * before it is applied or acknowledged, before any other message is handled. The log is
 * copied back into the file from another thread (SqliteWalCheckpointer), so no commit
 * waits for that.
 */
export const SqliteStore = {
  /** Opens (creating if needed) the database file; ':memory:' gives a throwaway store. */
  open(filename: string, options: { synchronous?: SqliteSynchronous } = {}): Stores {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
    const sqlite = new Database(filename);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const checkpointer = filename === ':memory:' ? undefined : new SqliteWalCheckpointer(sqlite, filename);
    const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
    const stores = kyselyStores(db, new SqliteUpdateAppender(sqlite));
    return {
      ...stores,
      async close() {
        await checkpointer?.stop();
        await stores.close();
      },
    };
  },
};
