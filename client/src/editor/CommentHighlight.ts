import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** Which anchors to highlight: the threads this page knows are open, and the one being read. */
export interface CommentHighlightState {
  open: ReadonlySet<string>;
  active: string | null;
}

interface PluginState extends CommentHighlightState {
  decorations: DecorationSet;
}

export const commentHighlightKey = new PluginKey<PluginState>('commentHighlight');

/** The id of the hidden description of a thread that its highlighted words point to. */
export const commentDescriptionId = (threadId: string) => `comment-description-${threadId}`;

function decorate(doc: ProseMirrorNode, { open, active }: CommentHighlightState): DecorationSet {
  if (open.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, position) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      const threadId: unknown = mark.attrs.threadId;
      if (mark.type.name !== 'comment' || typeof threadId !== 'string' || !open.has(threadId)) continue;
      decorations.push(
        Decoration.inline(position, position + node.nodeSize, {
          class: threadId === active ? 'comment-anchor--open comment-anchor--active' : 'comment-anchor--open',
          'aria-describedby': commentDescriptionId(threadId),
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Highlights the words of open threads. The shared mark says only where a thread is;
 * whether it is open lives on the server, so the page tells this plugin with
 * `setCommentHighlight`, and resolved threads' words read as plain text again.
 */
export const CommentHighlight = Extension.create({
  name: 'commentHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<PluginState>({
        key: commentHighlightKey,
        state: {
          init: () => ({ open: new Set(), active: null, decorations: DecorationSet.empty }),
          apply: (tr, previous) => {
            const next = tr.getMeta(commentHighlightKey) as CommentHighlightState | undefined;
            if (next) return { ...next, decorations: decorate(tr.doc, next) };
            if (!tr.docChanged) return previous;
            return { ...previous, decorations: decorate(tr.doc, previous) };
          },
        },
        props: {
          decorations: (state) => commentHighlightKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
      }),
    ];
  },
});
