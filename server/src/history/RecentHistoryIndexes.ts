import { setImmediate as yieldToOthers } from 'node:timers/promises';
import type { DocumentLogStore } from '../store/DocumentLogStore.ts';
import { HistoryIndex } from './HistoryIndex.ts';

/** Reading the log this many ids at a time (ids are shared by all documents). */
const READ_SLICE = 5000;

/**
 * Each document's history index, kept for the most recently used documents and
 * brought up to date from the log on every use. Indexes only grow (the log is
 * append-only), so bringing one up to date replays just the new updates.
 */
export class RecentHistoryIndexes {
  private readonly entries = new Map<string, Promise<HistoryIndex>>();

  constructor(
    private readonly logStore: DocumentLogStore,
    private readonly keep = 12,
  ) {}

  /** The document's index, including every update logged so far. */
  current(documentId: string): Promise<HistoryIndex> {
    const previous = this.entries.get(documentId) ?? Promise.resolve(new HistoryIndex());
    const next = previous.catch(() => new HistoryIndex()).then((index) => this.catchUp(documentId, index));
    // Most recently used last, so the first entry is the one to forget.
    this.entries.delete(documentId);
    this.entries.set(documentId, next);
    next.catch(() => {
      if (this.entries.get(documentId) === next) this.entries.delete(documentId);
    });
    if (this.entries.size > this.keep) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return next;
  }

  private async catchUp(documentId: string, index: HistoryIndex): Promise<HistoryIndex> {
    const latest = await this.logStore.latestUpdateId(documentId);
    // Read in slices of the log's id range, so a long history never sits in memory twice.
    for (let after = index.lastUpdateId; after < latest; after += READ_SLICE) {
      for (const update of await this.logStore.listUpdatesAfter(documentId, after, after + READ_SLICE))
        index.apply(update);
      // Let live editing run between slices.
      await yieldToOthers();
    }
    return index;
  }
}
