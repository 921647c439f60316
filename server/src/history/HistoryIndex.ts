import { type ChangeFacts, COLLABORATION_FIELD, creditFromLog, creditKey } from '@roundtable/shared';
import * as Y from 'yjs';
import { isCommentAnchor } from '../documents/commentAnchors.ts';
import type { LoggedUpdate } from '../store/DocumentLogStore.ts';
import { ClockRanges } from './ClockRanges.ts';
import { countWordStarts } from './countWordStarts.ts';
import { SectionFinder } from './SectionFinder.ts';

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
  /** Text put back as it was (a restore, an undo, retyping deleted words) stays credited to whoever first wrote it. */
  private readonly reinstated = new ClockRanges();
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
      credit: creditFromLog(logged),
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
    const change = this.writerIndexOf(id.client, id.clock);
    return change === undefined ? undefined : this.changes[change];
  }

  private writerIndexOf(client: number, clock: number): number | undefined {
    return this.reinstated.changeAt(client, clock) ?? this.written.changeAt(client, clock);
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
    let onlyAnchors = true;
    let anchors = 0;
    transaction.afterState.forEach((after, client) => {
      const before = transaction.beforeState.get(client) ?? 0;
      if (after <= before) return;
      this.written.add(client, before, after, index);
      this.noteCredit(client, before, change);
      const structs = this.doc.store.clients.get(client) ?? [];
      for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
        const struct = structs[i];
        if (!struct || struct.id.clock >= after) break;
        if (isCommentAnchor(struct)) anchors++;
        else onlyAnchors = false;
        if (!(struct instanceof Y.Item) || struct.deleted || !(struct.content instanceof Y.ContentString)) continue;
        const offset = Math.max(0, before - struct.id.clock);
        const text = struct.content.str.slice(offset, after - struct.id.clock);
        const previous = offset > 0 ? struct.content.str[offset - 1] : characterBefore(struct, (item) => !item.deleted);
        this.creditReinstatedText(struct, offset, text, transaction);
        change.charactersAdded += text.length;
        change.wordsAdded += countWordStarts(text, previous ?? null);
        touched.add(this.sections.sectionOf(struct, (item) => !item.deleted));
      }
    });
    const visibleBefore = (item: Y.Item) => !item.deleted || Y.isDeleted(transaction.deleteSet, item.id);
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      this.removed.add(struct.id.client, struct.id.clock, struct.id.clock + struct.length, index);
      if (isCommentAnchor(struct)) anchors++;
      else onlyAnchors = false;
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) return;
      change.charactersRemoved += struct.content.str.length;
      change.wordsRemoved += countWordStarts(struct.content.str, characterBefore(struct, visibleBefore));
      touched.add(this.sections.sectionOf(struct, visibleBefore));
    });
    change.sections = [...touched];
    if (onlyAnchors && anchors > 0) change.commentAnchorsOnly = true;
  }

  /**
   * When new text puts back words that were deleted earlier at the same place — a
   * restore, an undo, pasting them back — the words stay credited to whoever first
   * wrote them, so nobody gains credit for others' words by deleting and restoring
   * them. The deleted originals sit right beside the new text, on one side or the other.
   */
  private creditReinstatedText(item: Y.Item, offset: number, text: string, transaction: Y.Transaction): void {
    if (text.length < MIN_REINSTATED_LENGTH) return;
    const originals =
      longestAlignment(text, deletedRunBeside(item, 'right', transaction)) ??
      longestAlignment(text, deletedRunBeside(item, 'left', transaction));
    if (!originals) return;
    // Credit runs of consecutive characters that came from one change, and split the
    // new text where credit changes hands so each piece renders with its own writer.
    let runStart = 0;
    for (let j = 1; j <= originals.length; j++) {
      const previous = originals[j - 1];
      const current = originals[j];
      const previousChange = previous && this.writerIndexOf(previous.client, previous.clock);
      const currentChange = current && this.writerIndexOf(current.client, current.clock);
      if (j < originals.length && currentChange === previousChange) continue;
      const start = item.id.clock + offset + runStart;
      const end = item.id.clock + offset + j;
      if (previousChange !== undefined) {
        this.reinstated.add(item.id.client, start, end, previousChange);
        this.addBoundary(item.id.client, start);
        this.addBoundary(item.id.client, end);
      }
      runStart = j;
    }
  }

  private addBoundary(client: number, clock: number): void {
    const clocks = this.creditBoundaries.get(client) ?? [];
    clocks.push(clock);
    this.creditBoundaries.set(client, clocks);
  }

  private noteCredit(client: number, clock: number, change: ChangeFacts): void {
    const key = creditKey(change.credit);
    const previous = this.lastCreditKey.get(client);
    if (previous !== undefined && previous !== key) this.addBoundary(client, clock);
    this.lastCreditKey.set(client, key);
  }
}

/** Shorter insertions (keystrokes) are never taken for words put back. */
const MIN_REINSTATED_LENGTH = 4;
/** How far beside new text to look for the deleted words it may put back. */
const MAX_DELETED_RUN = 2000;

interface DeletedCharacter {
  client: number;
  clock: number;
  character: string;
}

/**
 * The characters deleted before this transaction that sit next to `item` on one side,
 * in document order, up to the first visible text. Text written or deleted by the
 * transaction itself is skipped.
 */
function deletedRunBeside(item: Y.Item, side: 'left' | 'right', transaction: Y.Transaction): DeletedCharacter[] {
  const run: DeletedCharacter[][] = [];
  let length = 0;
  for (let next = item[side]; next && length < MAX_DELETED_RUN; next = next[side]) {
    const writtenNow = next.id.clock >= (transaction.beforeState.get(next.id.client) ?? 0);
    if (next.content instanceof Y.ContentFormat || writtenNow || Y.isDeleted(transaction.deleteSet, next.id)) continue;
    if (!next.deleted || !(next.content instanceof Y.ContentString)) break;
    const { client, clock } = next.id;
    const characters = [...next.content.str].map((character, i) => ({ client, clock: clock + i, character }));
    run.push(characters);
    length += characters.length;
  }
  if (side === 'left') run.reverse();
  return run.flat();
}

/** Where `text` best lines up with the deleted run: the characters it matches from its start, if enough. */
function longestAlignment(text: string, run: DeletedCharacter[]): DeletedCharacter[] | undefined {
  let best: DeletedCharacter[] = [];
  for (let start = 0; start < run.length && best.length < text.length; start++) {
    if (run[start]?.character !== text[0]) continue;
    let length = 0;
    while (length < text.length && run[start + length]?.character === text[length]) length += 1;
    if (length > best.length) best = run.slice(start, start + length);
  }
  return best.length >= MIN_REINSTATED_LENGTH ? best : undefined;
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
