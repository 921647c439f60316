import type { Editor } from '@tiptap/core';
import { useCallback, useRef } from 'react';
import { useFocusRequest } from '../../a11y/useFocusRequest.ts';
import type { NoticeMessage } from '../../components/LiveNotice.tsx';
import { COMMENTS_HEADING_ID } from './commentElementIds.ts';
import { useCommentHighlights } from './useCommentHighlights.ts';
import { useCommentsPanel } from './useCommentsPanel.ts';
import { useCommentThreads } from './useCommentThreads.ts';
import { useNewThreadDraft } from './useNewThreadDraft.ts';
import { useThreadNavigation } from './useThreadNavigation.ts';

interface Options {
  projectId: string;
  documentId: string;
  editor: Editor | null;
  myId: string;
  onNotice: (message: NoticeMessage) => void;
  /** Another side panel (History) closes when this one opens. */
  onPanelOpened: () => void;
}

/**
 * Everything about a document's comments that the page coordinates: the threads, the
 * panel, the thread being written and its mark in the text, which thread is being read,
 * and moving between commented words and their threads.
 */
export function useDocumentComments({ projectId, documentId, editor, myId, onNotice, onPanelOpened }: Options) {
  const threads = useCommentThreads(projectId, documentId, editor);
  const panel = useCommentsPanel(onPanelOpened);
  const focusElement = useFocusRequest();
  const navigation = useThreadNavigation({
    editor,
    threads: threads.threads,
    people: threads.people,
    myId,
    panel,
    focusElement,
  });
  const newThread = useNewThreadDraft({
    projectId,
    documentId,
    editor,
    panel,
    focusElement,
    showThread: navigation.showThread,
    onNotice,
  });
  const { draft, cancelDraft } = newThread;
  useCommentHighlights(editor, threads.threads, draft?.anchor === 'text' ? draft.id : null, panel.activeThreadId);

  const latestDraft = useRef(draft);
  latestDraft.current = draft;
  const { panelOpen, openPanel, buttonRef, hidePanel } = panel;
  const togglePanel = useCallback(() => {
    if (panelOpen) {
      // An empty comment is simply dropped; one with words stays for when the panel opens again.
      if (latestDraft.current && latestDraft.current.body.trim() === '') cancelDraft();
      hidePanel();
      buttonRef.current?.focus();
    } else {
      openPanel();
      focusElement(COMMENTS_HEADING_ID);
    }
  }, [panelOpen, cancelDraft, openPanel, hidePanel, buttonRef, focusElement]);

  return {
    ...threads,
    ...panel,
    ...navigation,
    ...newThread,
    focusElement,
    togglePanel,
  };
}

export type DocumentComments = ReturnType<typeof useDocumentComments>;
