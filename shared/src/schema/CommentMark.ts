import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    comment: {
      /** Marks the selected words as the anchor of a comment thread. */
      setCommentAnchor: (threadId: string) => ReturnType;
    };
  }
}

/**
 * Where a comment thread is anchored: a mark on the commented words carrying the
 * thread's id, kept in the shared document itself.
 *
 * Why a mark rather than Yjs relative positions stored beside the document: a mark
 * travels with its words through everyone's concurrent edits, splits and joins like
 * any formatting, and comes back when someone undoes the deletion of its words —
 * an undo re-creates the words as new items, which other people's relative positions
 * would not follow. The thread itself (its comments, who resolved it) lives in the
 * database; the mark only says where. A thread whose mark is gone is shown as "on
 * removed text" with the words it kept. Marks of one kind may overlap, so several
 * threads can be on the same words.
 */
/** A formatting key of the comment mark as the shared document stores it: "comment", or "comment--<hash>" where marks overlap. */
export function isCommentMarkKey(key: string): boolean {
  return /^comment(--|$)/.test(key);
}

export const CommentMark = Mark.create({
  name: 'comment',
  // Several threads may share words; typing at the edge of a commented passage is not commented.
  excludes: '',
  inclusive: false,
  spanning: true,

  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-thread-id'),
        renderHTML: (attributes) => ({ 'data-thread-id': attributes.threadId }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'mark[data-thread-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['mark', mergeAttributes({ class: 'comment-anchor' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setCommentAnchor:
        (threadId) =>
        ({ commands }) =>
          commands.setMark(this.name, { threadId }),
    };
  },
});
