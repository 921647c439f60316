/**
 * Ranges of one Yjs client's clocks, each tagged with the change (an index into the
 * history's list of changes) that wrote or removed them. Lookups are binary searches,
 * so finding who wrote any character stays cheap in long histories.
 */
export class ClockRanges {
  private readonly byClient = new Map<number, { starts: number[]; ends: number[]; changes: number[] }>();
  private unsorted = false;

  /** Ranges may be added in any order; they are sorted before the next lookup. */
  add(client: number, start: number, end: number, change: number): void {
    if (end <= start) return;
    let ranges = this.byClient.get(client);
    if (!ranges) {
      ranges = { starts: [], ends: [], changes: [] };
      this.byClient.set(client, ranges);
    }
    const last = ranges.starts.length - 1;
    if (last >= 0 && (ranges.starts[last] ?? 0) > start) this.unsorted = true;
    ranges.starts.push(start);
    ranges.ends.push(end);
    ranges.changes.push(change);
  }

  /** The change that covers this clock of this client, if any. */
  changeAt(client: number, clock: number): number | undefined {
    this.sort();
    const ranges = this.byClient.get(client);
    if (!ranges) return undefined;
    const index = lastAtOrBefore(ranges.starts, clock);
    if (index < 0 || clock >= (ranges.ends[index] ?? 0)) return undefined;
    return ranges.changes[index];
  }

  /** Each range of this client, in clock order. */
  *rangesOf(client: number): Generator<{ start: number; end: number; change: number }> {
    this.sort();
    const ranges = this.byClient.get(client);
    if (!ranges) return;
    for (let i = 0; i < ranges.starts.length; i++) {
      yield { start: ranges.starts[i] ?? 0, end: ranges.ends[i] ?? 0, change: ranges.changes[i] ?? 0 };
    }
  }

  clients(): IterableIterator<number> {
    return this.byClient.keys();
  }

  private sort(): void {
    if (!this.unsorted) return;
    for (const [client, ranges] of this.byClient) {
      const order = ranges.starts.map((_, i) => i).sort((a, b) => (ranges.starts[a] ?? 0) - (ranges.starts[b] ?? 0));
      this.byClient.set(client, {
        starts: order.map((i) => ranges.starts[i] ?? 0),
        ends: order.map((i) => ranges.ends[i] ?? 0),
        changes: order.map((i) => ranges.changes[i] ?? 0),
      });
    }
    this.unsorted = false;
  }
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
