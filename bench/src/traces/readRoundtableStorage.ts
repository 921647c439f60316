import BetterSqlite from 'better-sqlite3';

export interface RoundtableStorage {
  loggedUpdates: number;
  logBytes: number;
  checkpoints: number;
  latestCheckpointBytes: number;
}

/**
 * Reads, read-only and after the server has stopped, how much of one document
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
