import { Database } from '@hocuspocus/extension-database';
import BetterSqlite from 'better-sqlite3';

/**
 * The simplest persistence Hocuspocus documents: its Database extension keeping one full
 * snapshot of each document in SQLite (the same engine Roundtable uses), replaced on
 * every debounced store. No log, no authors: a floor to compare Roundtable's log with.
 */
export function snapshotDatabase(file: string): Database {
  const db = new BetterSqlite(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL)');
  const select = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?');
  const upsert = db.prepare<[string, Buffer]>(
    'INSERT INTO documents (name, state) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state',
  );
  return new Database({
    fetch: async ({ documentName }) => {
      const row = select.get(documentName);
      return row ? new Uint8Array(row.state) : null;
    },
    store: async ({ documentName, state }) => {
      upsert.run(documentName, state);
    },
  });
}
