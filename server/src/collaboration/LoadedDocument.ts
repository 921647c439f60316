import type { StoredDocument } from '../documents/DocumentLog.ts';

/**
 * What the server keeps in memory about one open document, shared by the extensions
 * and the server's own edits: who owns each Yjs client id, and where the log is. Every
 * path that appends to the log records it here, the same way.
 */
export class LoadedDocument {
  /** Yjs client id → the person who owns it (null: the server's template writer). */
  readonly clientOwners: Map<number, string | null>;
  lastUpdateId: number;
  updatesSinceCheckpoint: number;
  /** Approximate stored size: the last saved state plus every update appended since. */
  approximateBytes: number;
  /** An update could not be appended to the log: this copy must not be checkpointed. */
  unlogged = false;

  constructor(
    readonly documentId: string,
    stored: StoredDocument,
  ) {
    this.clientOwners = new Map(stored.bindings.map((binding) => [binding.clientId, binding.userId]));
    this.lastUpdateId = stored.lastUpdateId;
    this.updatesSinceCheckpoint = stored.updatesSinceCheckpoint;
    this.approximateBytes = stored.approximateBytes;
  }

  /** An update of `byteLength` bytes is in the log as `updateId`. */
  noteAppended(updateId: number, byteLength: number): void {
    this.lastUpdateId = Math.max(this.lastUpdateId, updateId);
    this.updatesSinceCheckpoint += 1;
    this.approximateBytes += byteLength;
  }

  /** A checkpoint of `byteLength` bytes now covers everything appended so far. */
  noteCheckpointed(byteLength: number): void {
    // The size check restarts from the real size, so long sessions do not drift upwards.
    this.approximateBytes = byteLength;
    this.updatesSinceCheckpoint = 0;
  }
}
