import * as Y from 'yjs';
import type { Clock } from '../Clock.ts';
import type { ClientBinding, DocumentLogStore } from '../store/DocumentLogStore.ts';
import { placesOnlyCommentAnchors } from './commentAnchors.ts';
import type { DecodedUpdate } from './DecodedUpdate.ts';

export interface StoredDocument {
  lastUpdateId: number;
  updatesSinceCheckpoint: number;
  /** The stored size: the checkpoint plus every later update. */
  approximateBytes: number;
  bindings: ClientBinding[];
}

export interface Attribution {
  /** Null for the server's own changes (the template, a repair to fit the schema): credited to nobody. */
  userId: string | null;
  onBehalfOf: string | null;
  /** Set when the update restores an earlier version. */
  restoredVersionId: string | null;
  /**
   * Set on words a device handed back after a restore of the database: whose device.
   * `userId` is then their writer, or null for text of unknown writer.
   */
  recoveredBy?: string;
}

/** Write a checkpoint once this many updates have accumulated since the last one. */
const CHECKPOINT_EVERY = 500;

/**
 * The durable, attributed log of a document: the only way updates are stored and
 * documents loaded. History, credits and summaries are all derived from it.
 */
export class DocumentLog {
  private readonly appending = new Map<string, Promise<number>>();
  /** Every append started and not yet finished, on any document. */
  private readonly inFlight = new Set<Promise<number>>();
  private failedAppends = 0;
  private stopping = false;

  constructor(
    private readonly logStore: DocumentLogStore,
    private readonly now: Clock,
  ) {}

  /**
   * Applies the document's latest checkpoint and every later update to `ydoc` — the
   * collaboration server's own document, so a load builds the document once.
   */
  async loadInto(documentId: string, ydoc: Y.Doc): Promise<StoredDocument> {
    const [replayed, bindings] = await Promise.all([
      this.replayInto(documentId, ydoc),
      this.logStore.listClientBindings(documentId),
    ]);
    return { ...replayed, bindings };
  }

  /**
   * The document as it was right after update `upToUpdateId` (or now): the latest
   * checkpoint at or before that point plus the updates after it, so any version of a
   * long history is rebuilt from at most one checkpoint interval of updates.
   */
  async loadAt(documentId: string, upToUpdateId?: number): Promise<{ ydoc: Y.Doc; lastUpdateId: number }> {
    const ydoc = new Y.Doc({ gc: true });
    const { lastUpdateId } = await this.replayInto(documentId, ydoc, upToUpdateId);
    return { ydoc, lastUpdateId };
  }

  private async replayInto(
    documentId: string,
    ydoc: Y.Doc,
    upToUpdateId?: number,
  ): Promise<Omit<StoredDocument, 'bindings'>> {
    const checkpoint = await this.logStore.latestCheckpoint(documentId, upToUpdateId);
    const updates = await this.logStore.listUpdatesAfter(documentId, checkpoint?.upToUpdateId ?? 0, upToUpdateId);
    // Applying to a Y.Doc is linear; merging thousands of raw updates is not.
    let approximateBytes = 0;
    if (checkpoint) {
      Y.applyUpdate(ydoc, checkpoint.state);
      approximateBytes += checkpoint.state.byteLength;
    }
    for (const logged of updates) {
      Y.applyUpdate(ydoc, logged.update);
      approximateBytes += logged.update.byteLength;
    }
    return {
      lastUpdateId: updates.at(-1)?.id ?? checkpoint?.upToUpdateId ?? 0,
      updatesSinceCheckpoint: updates.length,
      approximateBytes,
    };
  }

  /**
   * Appends an accepted update with who made it and which client ids it wrote with.
   * Appends to one document are made one after another, so the log's order is the
   * order updates were applied; on SQLite each is written before this returns.
   */
  append(documentId: string, update: DecodedUpdate, attribution: Attribution): Promise<number> {
    if (this.stopping) return Promise.reject(new Error('Roundtable is stopping: the update was not logged.'));
    const commentAnchorsOnly = placesOnlyCommentAnchors(update.structs);
    const write = () =>
      this.logStore.appendUpdate({
        documentId,
        userId: attribution.userId,
        onBehalfOf: attribution.onBehalfOf,
        restoredVersionId: attribution.restoredVersionId,
        recoveredBy: attribution.recoveredBy ?? null,
        clientIds: [...update.clientIds],
        update: update.bytes,
        createdAt: this.now(),
        commentAnchorsOnly,
      });
    if (this.logStore.appendsSynchronously) return this.track(write());
    const previous = this.appending.get(documentId);
    const next = previous ? previous.then(write, write) : write();
    this.appending.set(documentId, next);
    const forget = () => {
      if (this.appending.get(documentId) === next) this.appending.delete(documentId);
    };
    next.then(forget, forget);
    return this.track(next);
  }

  /**
   * Binds a client id to the person whose device claims it (its presence arrives before
   * its first update), so nobody who sees the id can write with it first. The first
   * binding stands; returns the owner.
   */
  claimClient(documentId: string, clientId: number, userId: string): Promise<string | null> {
    return this.logStore.bindClient(documentId, clientId, userId, this.now());
  }

  /** Once stopping, appends are refused: the device keeps the update and sends it to the next server. */
  get isStopping(): boolean {
    return this.stopping;
  }

  private track(append: Promise<number>): Promise<number> {
    this.inFlight.add(append);
    append.then(
      () => this.inFlight.delete(append),
      () => {
        this.inFlight.delete(append);
        this.failedAppends += 1;
      },
    );
    return append;
  }

  /**
   * At shutdown: takes no more appends and waits for every one already started.
   * Returns how many of those failed (their updates were never acknowledged).
   */
  async drain(): Promise<number> {
    this.stopping = true;
    const failedBefore = this.failedAppends;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    return this.failedAppends - failedBefore;
  }

  shouldCheckpoint(updatesSinceCheckpoint: number): boolean {
    return updatesSinceCheckpoint >= CHECKPOINT_EVERY;
  }

  /**
   * Saves the document's current state as covering every update up to `upToUpdateId`.
   * Returns the size of the saved state.
   */
  async checkpoint(documentId: string, ydoc: Y.Doc, upToUpdateId: number): Promise<number> {
    const state = Y.encodeStateAsUpdate(ydoc);
    await this.logStore.saveCheckpoint({ documentId, upToUpdateId, state, createdAt: this.now() });
    return state.byteLength;
  }
}
