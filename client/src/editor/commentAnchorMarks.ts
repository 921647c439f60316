import type { Editor } from '@tiptap/core';
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

/** Where a thread's words are now: from the start of its first marked text to the end of its last. */
export interface AnchorRange {
  from: number;
  to: number;
}

const COMMENT_MARK = 'comment';

function threadIdOf(mark: Mark): string | null {
  if (mark.type.name !== COMMENT_MARK) return null;
  const id: unknown = mark.attrs.threadId;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** Every thread anchored in the document, in document order (a Map keeps insertion order). */
export function commentAnchorRanges(doc: ProseMirrorNode): Map<string, AnchorRange> {
  const ranges = new Map<string, AnchorRange>();
  doc.descendants((node, position) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const threadId = threadIdOf(mark);
      if (threadId === null) continue;
      const end = position + node.nodeSize;
      const range = ranges.get(threadId);
      if (range) range.to = Math.max(range.to, end);
      else ranges.set(threadId, { from: position, to: end });
    }
    return false;
  });
  return ranges;
}

/**
 * Puts a thread's mark on the selected words, outside the person's undo history: the
 * anchor must follow everyone's edits while the comment is written, and Ctrl+Z is for
 * their words, not for the comment they are in the middle of.
 */
export function applyCommentAnchor(editor: Editor, threadId: string): boolean {
  if (editor.isDestroyed || editor.state.selection.empty) return false;
  return editor.chain().setMeta('addToHistory', false).setCommentAnchor(threadId).run();
}

/** Adds to `tr` the removal of one thread's marks; other threads' marks on the same words stay. */
export function removeThreadMarks(tr: Transaction, threadId: string): Transaction {
  const found: { from: number; to: number; mark: Mark }[] = [];
  tr.doc.descendants((node, position) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (threadIdOf(mark) === threadId) found.push({ from: position, to: position + node.nodeSize, mark });
    }
    return false;
  });
  for (const { from, to, mark } of found) tr.removeMark(from, to, mark);
  return tr;
}

/** Takes a thread's anchor out of the document, for a comment that was cancelled or could not be sent. */
export function removeCommentAnchor(editor: Editor, threadId: string): boolean {
  if (editor.isDestroyed) return false;
  const tr = removeThreadMarks(editor.state.tr, threadId);
  if (!tr.docChanged) return false;
  editor.view.dispatch(tr.setMeta('addToHistory', false));
  return true;
}
