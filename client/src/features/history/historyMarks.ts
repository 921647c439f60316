import { type Credit, creditKey, type RenderedMark, type RenderedNode, sameCredit, voiceOf } from '@roundtable/shared';

/** The marks that say who wrote or changed a passage, as opposed to how it is formatted. */
export type HistoryMark = Extract<RenderedMark, { type: 'authorship' | 'insertion' | 'deletion' }>;

export function historyMarkOf(node: RenderedNode): HistoryMark | null {
  for (const mark of node.marks ?? []) {
    if (mark.type === 'authorship' || mark.type === 'insertion' || mark.type === 'deletion') return mark;
  }
  return null;
}

export function sameHistoryMark(a: HistoryMark | null, b: HistoryMark | null): boolean {
  if (a === null || b === null) return a === b;
  return a.type === b.type && sameCredit(a.attrs.credit, b.attrs.credit);
}

/** Runs of inline content that share one history mark: one passage each, however they are formatted. */
export function passageRuns(
  inline: readonly RenderedNode[],
): Array<{ mark: HistoryMark | null; nodes: RenderedNode[] }> {
  const runs: Array<{ mark: HistoryMark | null; nodes: RenderedNode[] }> = [];
  for (const node of inline) {
    const mark = node.type === 'text' ? historyMarkOf(node) : null;
    const last = runs[runs.length - 1];
    if (last && mark !== null && sameHistoryMark(last.mark, mark)) last.nodes.push(node);
    else runs.push({ mark, nodes: [node] });
  }
  return runs;
}

/** How many passages a document has, so exactly one of them can be the view's tab stop. */
export function countPassages(node: RenderedNode): number {
  const children = node.content ?? [];
  if (children.some((child) => child.type === 'text')) {
    return passageRuns(children).filter((run) => run.mark !== null).length;
  }
  return children.reduce((total, child) => total + countPassages(child), 0);
}

/** Every voice a document's marks credit (words recorded for someone are theirs), in order of first appearance. */
export function markedVoices(node: RenderedNode, found = new Map<string, Credit>()): Credit[] {
  const mark = historyMarkOf(node);
  if (mark) {
    const voice = voiceOf(mark.attrs.credit);
    const key = creditKey(voice);
    if (!found.has(key)) found.set(key, voice);
  }
  for (const child of node.content ?? []) markedVoices(child, found);
  return Array.from(found.values());
}
