import BetterSqlite from 'better-sqlite3';

export interface RoundtableStorage {
  loggedUpdates: number;
  logBytes: number;
  checkpoints: number;
  latestCheckpointBytes: number;
}

/**
 * Reads, read-only (after the server has stopped, or beside it: SQLite in WAL mode lets
 * a reader in), how much of one document
 * Roundtable keeps: its update log and its checkpoints. This reads the tables directly
 * because no API reports storage; it follows the server's migrations.
 */
export function readRoundtableStorage(databaseFile: string, documentId: string): RoundtableStorage {
  const db = new BetterSqlite(databaseFile, { readonly: true });
  try {
    const log = db
      .prepare<[string], { count: number; bytes: number | null }>(
        'SELECT count(*) AS count, sum(length("update")) AS bytes FROM document_updates WHERE document_id = ?',
      )
      .get(documentId);
    const checkpoints = db
      .prepare<[string], { count: number }>('SELECT count(*) AS count FROM document_checkpoints WHERE document_id = ?')
      .get(documentId);
    const latest = db
      .prepare<[string], { bytes: number }>(
        'SELECT length(state) AS bytes FROM document_checkpoints WHERE document_id = ? ORDER BY up_to_update_id DESC LIMIT 1',
      )
      .get(documentId);
    return {
      loggedUpdates: log?.count ?? 0,
      logBytes: log?.bytes ?? 0,
      checkpoints: checkpoints?.count ?? 0,
      latestCheckpointBytes: latest?.bytes ?? 0,
    };
  } finally {
    db.close();
  }
}

/**
 * How many logged updates rebuilding the document as it was after each of these updates
 * replays on top of the nearest earlier checkpoint (read like readRoundtableStorage).
 */
export function readUpdatesToReplay(databaseFile: string, documentId: string, upToUpdateIds: number[]): number[] {
  const db = new BetterSqlite(databaseFile, { readonly: true });
  try {
    const count = db.prepare<[string, number, string, number], { count: number }>(
      `SELECT count(*) AS count FROM document_updates WHERE document_id = ? AND id <= ? AND id > coalesce(
         (SELECT max(up_to_update_id) FROM document_checkpoints WHERE document_id = ? AND up_to_update_id <= ?), 0)`,
    );
    return upToUpdateIds.map((upTo) => count.get(documentId, upTo, documentId, upTo)?.count ?? 0);
  } finally {
    db.close();
  }
}
