import type { CommentThread } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { commentHighlightKey } from '../../editor/CommentHighlight.ts';

/**
 * Tells the editor which commented words to highlight: only open threads, the thread
 * being written counting as open, and the one being read more strongly.
 */
export function useCommentHighlights(
  editor: Editor | null,
  threads: readonly CommentThread[],
  draftOnWordsId: string | null,
  activeThreadId: string | null,
): void {
  const openKey = [
    ...threads.filter((thread) => thread.resolvedAt === null).map((thread) => thread.id),
    ...(draftOnWordsId ? [draftOnWordsId] : []),
  ]
    .sort()
    .join(' ');
  useEffect(() => {
    if (!editor || editor.isDestroyed || !commentHighlightKey.getState(editor.state)) return;
    const open = new Set(openKey.split(' ').filter(Boolean));
    editor.view.dispatch(
      editor.state.tr.setMeta(commentHighlightKey, { open, active: activeThreadId }).setMeta('addToHistory', false),
    );
  }, [editor, openKey, activeThreadId]);
}
