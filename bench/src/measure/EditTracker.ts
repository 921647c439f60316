import { COLLABORATION_FIELD } from '@roundtable/shared';
import * as Y from 'yjs';

const MARKER = /^#(\d+):/;

/**
 * Matches every keystroke to the moment each other client sees it. Each typist owns one
 * paragraph that starts with its marker (`#<typist>:`) and only ever appends to it, so a
 * paragraph's length past the marker is the sequence number of the typist's last edit.
 * Senders and receivers live in this one process, so one clock times them all.
 */
export class EditTracker {
  private readonly sentAt: number[][] = [];
  /** Receipt latencies in ms, appended as they happen. */
  readonly latencies: number[] = [];
  private receiptsCounted = 0;
  /** Only edits sent inside the measurement window count. */
  measuring = false;
  private readonly measuredFrom: number[] = [];
  private readonly measuredUntil: number[] = [];

  marker(typist: number): string {
    return `#${typist}:`;
  }

  /** Records the send time of a typist's edit number `seq` (1-based). */
  sent(typist: number, seq: number, at: number): void {
    let times = this.sentAt[typist];
    if (!times) {
      times = [];
      this.sentAt[typist] = times;
    }
    times[seq] = at;
    if (this.measuring) {
      this.measuredFrom[typist] ??= seq;
      this.measuredUntil[typist] = seq;
    }
  }

  /** Edits sent inside the measurement window, over all typists. */
  get measuredEdits(): number {
    let count = 0;
    for (const [typist, from] of this.measuredFrom.entries()) {
      if (from !== undefined) count += (this.measuredUntil[typist] as number) - from + 1;
    }
    return count;
  }

  /** Receipts of measured edits seen so far, over all receivers. */
  get receipts(): number {
    return this.receiptsCounted;
  }

  /**
   * Starts watching one receiver's copy of the document, ignoring its own typing (a
   * local edit is observed too); returns how to stop.
   */
  watch(ydoc: Y.Doc, ownTypist?: number): () => void {
    const seen: number[] = [];
    const owners = new WeakMap<Y.XmlText, { typist: number; offset: number } | null>();
    const ownerOf = (text: Y.XmlText) => {
      let owner = owners.get(text);
      if (owner === undefined) {
        const match = MARKER.exec(text.toString().slice(0, 16));
        owner = match ? { typist: Number(match[1]), offset: match[0].length } : null;
        owners.set(text, owner);
      }
      return owner;
    };
    const observer = (events: Y.YEvent<Y.XmlElement | Y.XmlText>[]) => {
      const now = performance.now();
      for (const event of events) {
        if (!(event.target instanceof Y.XmlText)) continue;
        const owner = ownerOf(event.target);
        if (!owner || owner.typist === ownTypist) continue;
        const upTo = event.target.length - owner.offset;
        const times = this.sentAt[owner.typist];
        const from = this.measuredFrom[owner.typist];
        const until = this.measuredUntil[owner.typist];
        for (let seq = (seen[owner.typist] ?? 0) + 1; seq <= upTo; seq += 1) {
          const sentAt = times?.[seq];
          if (sentAt === undefined || from === undefined || until === undefined || seq < from || seq > until) continue;
          this.latencies.push(now - sentAt);
          this.receiptsCounted += 1;
        }
        seen[owner.typist] = Math.max(seen[owner.typist] ?? 0, upTo);
      }
    };
    const fragment = ydoc.getXmlFragment(COLLABORATION_FIELD);
    fragment.observeDeep(observer);
    return () => fragment.unobserveDeep(observer);
  }
}
