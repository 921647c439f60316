import { type ChangeFacts, COLLABORATION_FIELD } from '@roundtable/shared';
import * as Y from 'yjs';
import type { LoggedUpdate } from '../store/Store.ts';
import { ClockRanges } from './ClockRanges.ts';
import { countWordStarts } from './countWordStarts.ts';
import { SectionFinder } from './SectionFinder.ts';

/** Who is credited with one change. */
export interface ChangeAuthor {
  authorId: string | null;
  recordedById: string | null;
}

/**
 * A document's whole history, replayed from its attributed log into a Y.Doc that
 * keeps deleted text. For every logged update it records what it changed (words,
 * characters, sections) and which Yjs clocks it wrote and removed, so any character —
 * present or long deleted — can be traced to the person who wrote it and the person
 * who removed it. Built only from the log and the server's own attribution.
 */
export class HistoryIndex {
  readonly doc = new Y.Doc({ gc: false });
  readonly changes: ChangeFacts[] = [];
  lastUpdateId = 0;
  private readonly written = new ClockRanges();
  private readonly removed = new ClockRanges();
  /** Clocks at which a client's words start being credited differently (recording for someone began or ended). */
  private readonly creditBoundaries = new Map<number, number[]>();
  private readonly lastCreditKey = new Map<number, string>();
  private readonly sections: SectionFinder;

  constructor() {
    this.sections = new SectionFinder(this.doc.getXmlFragment(COLLABORATION_FIELD));
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(COLLABORATION_FIELD);
  }

  apply(logged: LoggedUpdate): void {
    const change: ChangeFacts = {
      updateId: logged.id,
      authorId: logged.onBehalfOf ?? logged.userId,
      recordedById: logged.onBehalfOf ? logged.userId : null,
      createdAt: logged.createdAt,
      restoredVersionId: logged.restoredVersionId,
      wordsAdded: 0,
      wordsRemoved: 0,
      charactersAdded: 0,
      charactersRemoved: 0,
      sections: [],
    };
    const index = this.changes.length;
    const measure = (transaction: Y.Transaction) => this.measure(transaction, change, index);
    this.doc.on('beforeObserverCalls', measure);
    try {
      Y.applyUpdate(this.doc, logged.update);
    } finally {
      this.doc.off('beforeObserverCalls', measure);
    }
    // The live server never applies what Yjs holds back (see AttributionExtension); neither does history.
    this.doc.store.pendingStructs = null;
    this.doc.store.pendingDs = null;
    this.changes.push(change);
    this.lastUpdateId = logged.id;
  }

  /** Who wrote the character with this Yjs id. */
  writerOf(id: Y.ID): ChangeFacts | undefined {
    const change = this.written.changeAt(id.client, id.clock);
    return change === undefined ? undefined : this.changes[change];
  }

  /** Who removed the character with this Yjs id, if anyone has. */
  removerOf(id: Y.ID): ChangeFacts | undefined {
    const change = this.removed.changeAt(id.client, id.clock);
    return change === undefined ? undefined : this.changes[change];
  }

  /** The position in `changes` of the last change at or before this update id (-1: before all). */
  changeIndexAt(updateId: number): number {
    let low = 0;
    let high = this.changes.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.changes[middle]?.updateId ?? 0) <= updateId) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** The document as it was right after this update, as a Yjs snapshot of the replayed document. */
  snapshotAt(updateId: number): Y.Snapshot {
    const last = this.changeIndexAt(updateId);
    const stateVector = new Map<number, number>();
    for (const client of this.written.clients()) {
      for (const range of this.written.rangesOf(client)) {
        if (range.change <= last) stateVector.set(client, Math.max(stateVector.get(client) ?? 0, range.end));
      }
    }
    const deleteSet = Y.createDeleteSet();
    for (const client of this.removed.clients()) {
      const items: Array<{ clock: number; len: number }> = [];
      for (const range of this.removed.rangesOf(client)) {
        if (range.change > last) continue;
        const previous = items.at(-1);
        if (previous && previous.clock + previous.len >= range.start) {
          previous.len = Math.max(previous.len, range.end - previous.clock);
        } else {
          items.push({ clock: range.start, len: range.end - range.start });
        }
      }
      // Yjs reads delete items as plain { clock, len } records.
      if (items.length > 0) deleteSet.clients.set(client, items as never);
    }
    return Y.createSnapshot(deleteSet, stateVector);
  }

  /**
   * Runs `render` in one transaction after splitting the replayed document's text
   * wherever credit changes hands, so every piece of text has exactly one writer and
   * one remover. Yjs merges the pieces again when the transaction ends.
   */
  withAttributedPieces<T>(render: () => T, removedAfter?: number): T {
    let result: T | undefined;
    this.doc.transact((transaction) => {
      for (const [client, clocks] of this.creditBoundaries)
        for (const clock of clocks) this.split(transaction, client, clock);
      if (removedAfter !== undefined) {
        const first = this.changeIndexAt(removedAfter) + 1;
        for (const client of this.removed.clients()) {
          for (const range of this.removed.rangesOf(client)) {
            if (range.change < first) continue;
            this.split(transaction, client, range.start);
            this.split(transaction, client, range.end);
          }
        }
      }
      result = render();
    }, 'history-render');
    return result as T;
  }

  private split(transaction: Y.Transaction, client: number, clock: number): void {
    if (clock > 0 && clock < Y.getState(this.doc.store, client))
      Y.getItemCleanStart(transaction, Y.createID(client, clock));
  }

  private measure(transaction: Y.Transaction, change: ChangeFacts, index: number): void {
    this.sections.noteTransaction(transaction);
    const touched = new Set<string>();
    transaction.afterState.forEach((after, client) => {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after <= before) return;
      this.written.add(client, before, after, index);
      this.noteCredit(client, before, change);
      const structs = this.doc.store.clients.get(client) ?? [];
      for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
        const struct = structs[i];
        if (!struct || struct.id.clock >= after) break;
        if (!(struct instanceof Y.Item) || struct.deleted || !(struct.content instanceof Y.ContentString)) continue;
        const offset = Math.max(0, before - struct.id.clock);
        const text = struct.content.str.slice(offset, after - struct.id.clock);
        const previous = offset > 0 ? struct.content.str[offset - 1] : characterBefore(struct, (item) => !item.deleted);
        change.charactersAdded += text.length;
        change.wordsAdded += countWordStarts(text, previous ?? null);
        touched.add(this.sections.sectionOf(struct, (item) => !item.deleted));
      }
    });
    const visibleBefore = (item: Y.Item) => !item.deleted || Y.isDeleted(transaction.deleteSet, item.id);
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      this.removed.add(struct.id.client, struct.id.clock, struct.id.clock + struct.length, index);
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) return;
      change.charactersRemoved += struct.content.str.length;
      change.wordsRemoved += countWordStarts(struct.content.str, characterBefore(struct, visibleBefore));
      touched.add(this.sections.sectionOf(struct, visibleBefore));
    });
    change.sections = [...touched];
  }

  private noteCredit(client: number, clock: number, change: ChangeFacts): void {
    const key = `${change.authorId ?? ''}|${change.recordedById ?? ''}`;
    const previous = this.lastCreditKey.get(client);
    if (previous !== undefined && previous !== key) {
      const clocks = this.creditBoundaries.get(client) ?? [];
      clocks.push(clock);
      this.creditBoundaries.set(client, clocks);
    }
    this.lastCreditKey.set(client, key);
  }
}

/** The character just before an item's text, skipping what `visible` rejects; null at the start of a block. */
function characterBefore(item: Y.Item, visible: (item: Y.Item) => boolean): string | null {
  for (let left = item.left; left; left = left.left) {
    if (left.content instanceof Y.ContentFormat || !visible(left)) continue;
    if (left.content instanceof Y.ContentString) return left.content.str.at(-1) ?? null;
    return null;
  }
  return null;
}
