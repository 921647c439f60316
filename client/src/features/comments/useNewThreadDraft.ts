import { type CommentThread, Limits } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import type { NoticeMessage } from '../../components/LiveNotice.tsx';
import { applyCommentAnchor, removeCommentAnchor } from '../../editor/commentAnchorMarks.ts';
import { headingAbove } from '../../editor/headingAbove.ts';
import { NEW_COMMENT_FIELD_ID, WHOLE_DOCUMENT_BUTTON_ID } from './commentElementIds.ts';
import { newThreadId } from './newThreadId.ts';
import { useCommentMutations } from './useCommentMutations.ts';
import type { CommentsPanelState } from './useCommentsPanel.ts';

/** A thread being written, not yet sent. Its mark (for words) is already in the document. */
export interface NewThreadDraft {
  id: string;
  anchor: 'text' | 'document';
  quote: string | null;
  section: string;
  body: string;
  /** Sending failed for good and the words' mark was taken away again. */
  anchorRemoved: boolean;
}

interface Options {
  projectId: string;
  documentId: string;
  editor: Editor | null;
  panel: CommentsPanelState;
  focusElement: (elementId: string) => void;
  /** Opens the panel on a thread just sent. */
  showThread: (thread: CommentThread) => void;
  onNotice: (message: NoticeMessage) => void;
}

/** Answers that will not change by sending again: the document is archived, a limit is reached, access is gone. */
const failsForGood = (error: unknown) => isApiRequestError(error) && [403, 404, 409].includes(error.status);

const truncateQuote = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > Limits.commentQuoteMax ? `${clean.slice(0, Limits.commentQuoteMax - 1)}…` : clean;
};

/**
 * The one new thread being written, on the selected words or the whole document: its
 * mark in the text from the start, its words so far, sending it, and leaving no mark
 * behind when it is dropped.
 */
export function useNewThreadDraft(options: Options) {
  const { projectId, documentId, editor, panel, focusElement, showThread, onNotice } = options;
  const { openPanel, setActiveThreadId, setStatus } = panel;
  const { createThread } = useCommentMutations(projectId, documentId);
  const [draft, setDraft] = useState<NewThreadDraft | null>(null);
  // Read inside callbacks that the editor's key handlers hold on to.
  const latest = useRef({ draft, editor });
  latest.current = { draft, editor };

  const cancelDraft = useCallback(() => {
    const { draft: current, editor: currentEditor } = latest.current;
    if (!current) return;
    if (current.anchor === 'text' && currentEditor) removeCommentAnchor(currentEditor, current.id);
    setDraft(null);
    setActiveThreadId(null);
    if (current.anchor === 'text' && currentEditor?.isEditable)
      currentEditor.commands.focus(null, { scrollIntoView: false });
    else focusElement(WHOLE_DOCUMENT_BUTTON_ID);
  }, [focusElement, setActiveThreadId]);

  /**
   * A comment never sent should leave no mark behind when the person leaves. The page
   * calls this before it closes the live connection (see LiveDocument), so the removal
   * is still sent; closing the tab calls it too, while the connection is still open.
   */
  const removeUnsentMark = useCallback(() => {
    const { draft: current, editor: currentEditor } = latest.current;
    if (current?.anchor === 'text' && currentEditor && !currentEditor.isDestroyed)
      removeCommentAnchor(currentEditor, current.id);
  }, []);
  useEffect(() => {
    window.addEventListener('pagehide', removeUnsentMark);
    return () => window.removeEventListener('pagehide', removeUnsentMark);
  }, [removeUnsentMark]);

  const startTextComment = useCallback(() => {
    const { editor: currentEditor, draft: previous } = latest.current;
    if (!currentEditor || currentEditor.isDestroyed || !currentEditor.isEditable) return;
    const { from, to, empty } = currentEditor.state.selection;
    const quote = empty ? '' : truncateQuote(currentEditor.state.doc.textBetween(from, to, ' ', ' '));
    if (quote === '') {
      onNotice({ text: 'Select some words first, then choose Comment.', tone: 'error' });
      return;
    }
    // One new comment at a time: the words of one started before lose their mark, the text is kept.
    if (previous?.anchor === 'text') removeCommentAnchor(currentEditor, previous.id);
    const id = newThreadId();
    if (!applyCommentAnchor(currentEditor, id)) return;
    const section = headingAbove(currentEditor.state.doc, from) ?? '';
    setDraft({ id, anchor: 'text', quote, section, body: previous?.body ?? '', anchorRemoved: false });
    setActiveThreadId(id);
    setStatus('');
    openPanel();
    focusElement(NEW_COMMENT_FIELD_ID);
  }, [onNotice, openPanel, focusElement, setActiveThreadId, setStatus]);

  const startDocumentComment = useCallback(() => {
    const { editor: currentEditor, draft: previous } = latest.current;
    if (previous?.anchor === 'text' && currentEditor) removeCommentAnchor(currentEditor, previous.id);
    setDraft({
      id: newThreadId(),
      anchor: 'document',
      quote: null,
      section: '',
      body: previous?.body ?? '',
      anchorRemoved: false,
    });
    setActiveThreadId(null);
    setStatus('');
    openPanel();
    focusElement(NEW_COMMENT_FIELD_ID);
  }, [openPanel, focusElement, setActiveThreadId, setStatus]);

  const setDraftBody = useCallback(
    (body: string) => setDraft((current) => (current ? { ...current, body } : current)),
    [],
  );

  const sendDraft = useCallback(
    async (body: string) => {
      const { draft: current, editor: currentEditor } = latest.current;
      if (!current) return;
      try {
        const { thread } = await createThread.mutateAsync({
          id: current.id,
          anchor: current.anchor,
          quote: current.quote,
          section: current.section,
          body,
        });
        setDraft(null);
        setStatus('Comment sent.');
        showThread(thread);
      } catch (error) {
        if (failsForGood(error) && current.anchor === 'text' && currentEditor && !current.anchorRemoved) {
          removeCommentAnchor(currentEditor, current.id);
          setDraft((latestDraft) => (latestDraft ? { ...latestDraft, anchorRemoved: true } : latestDraft));
        }
        throw error;
      }
    },
    [createThread, showThread, setStatus],
  );

  return {
    draft,
    startTextComment,
    startDocumentComment,
    setDraftBody,
    sendDraft,
    cancelDraft,
    removeUnsentMark,
  };
}
