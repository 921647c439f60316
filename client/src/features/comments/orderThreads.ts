import type { CommentThread } from '@roundtable/shared';
import type { AnchorRange } from '../../editor/commentAnchorMarks.ts';

export interface OrderedThreads {
  /** Whole-document threads first, then threads on words in the order their words come. */
  onDocument: CommentThread[];
  /** Threads whose words are no longer in the document: kept, shown with the words they were on. */
  onRemovedText: CommentThread[];
}

const byCreation = (a: CommentThread, b: CommentThread) => a.createdAt.localeCompare(b.createdAt);

/** Orders threads as the document reads, from where their marks are in the text now. */
export function orderThreads(
  threads: readonly CommentThread[],
  anchors: ReadonlyMap<string, AnchorRange>,
): OrderedThreads {
  const whole = threads.filter((thread) => thread.anchor === 'document').sort(byCreation);
  const anchored = threads
    .filter((thread) => thread.anchor === 'text' && anchors.has(thread.id))
    .sort((a, b) => (anchors.get(a.id)?.from ?? 0) - (anchors.get(b.id)?.from ?? 0) || byCreation(a, b));
  const removed = threads.filter((thread) => thread.anchor === 'text' && !anchors.has(thread.id)).sort(byCreation);
  return { onDocument: [...whole, ...anchored], onRemovedText: removed };
}
