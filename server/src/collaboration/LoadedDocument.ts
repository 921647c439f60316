import type { StoredDocument } from '../documents/DocumentLog.ts';

/**
 * What the server keeps in memory about one open document, shared by the extensions
 * and the server's own edits: who owns each Yjs client id, and where the log is. Every
 * path that appends to the log records it here, the same way.
 */
export class LoadedDocument {
  /** Yjs client id → the person who owns it (null: the server's template writer). */
  readonly clientOwners: Map<number, string | null>;
  /** When each client id was bound, as far as the store says (ids claimed since are not here). */
  readonly boundAt: Map<number, number>;
  lastUpdateId: number;
  updatesSinceCheckpoint: number;
  /** Approximate stored size: the last saved state plus every update appended since. */
  approximateBytes: number;
  /** Updates in the log but not yet applied to the server's copy (they are applied right after). */
  private readonly unapplied = new Set<number>();

  constructor(
    readonly documentId: string,
    stored: StoredDocument,
  ) {
    this.clientOwners = new Map(stored.bindings.map((binding) => [binding.clientId, binding.userId]));
    this.boundAt = new Map(stored.bindings.map((binding) => [binding.clientId, binding.boundAt ?? 0]));
    this.lastUpdateId = stored.lastUpdateId;
    this.updatesSinceCheckpoint = stored.updatesSinceCheckpoint;
    this.approximateBytes = stored.approximateBytes;
  }

  /** An update of `byteLength` bytes is in the log as `updateId`; it is applied next. */
  noteAppended(updateId: number, byteLength: number): void {
    this.lastUpdateId = Math.max(this.lastUpdateId, updateId);
    this.updatesSinceCheckpoint += 1;
    this.approximateBytes += byteLength;
    this.unapplied.add(updateId);
  }

  /** The logged update `updateId` is now in the server's copy (or failed to apply and never will be). */
  noteApplied(updateId: number): void {
    this.unapplied.delete(updateId);
  }

  /**
   * The last update a checkpoint of the copy taken now may claim to cover: every update
   * up to it is in the copy. Later ones the copy already holds are applied again on
   * load, which changes nothing.
   */
  checkpointableUpTo(): number {
    let firstUnapplied = Number.POSITIVE_INFINITY;
    for (const updateId of this.unapplied) firstUnapplied = Math.min(firstUnapplied, updateId);
    return Math.min(this.lastUpdateId, firstUnapplied - 1);
  }

  /** A checkpoint of `byteLength` bytes now covers everything appended so far. */
  noteCheckpointed(byteLength: number): void {
    // The size check restarts from the real size, so long sessions do not drift upwards.
    this.approximateBytes = byteLength;
    this.updatesSinceCheckpoint = 0;
  }
}
