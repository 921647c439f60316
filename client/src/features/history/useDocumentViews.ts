import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CollaborationSession } from '../../collaboration/Collaboration.ts';
import { useDocumentChanges } from '../../collaboration/useDocumentChanges.ts';
import type { JumpRequest } from '../../editor/Editor.tsx';
import { type DocumentView, EDITING } from './DocumentView.ts';
import { refreshHistory } from './refreshHistory.ts';

interface Options {
  projectId: string;
  documentId: string;
  session: CollaborationSession | null;
  /** Another side panel (Comments) closes when this one opens. */
  onPanelOpened: () => void;
}

/**
 * What an open document shows from its history: the History panel beside the text, and
 * in the main column the live text or a read-only view (who wrote what, a version, a
 * comparison), with focus following the person in and out; and jumps from the history
 * to a section of the live text.
 */
export function useDocumentViews({ projectId, documentId, session, onPanelOpened }: Options) {
  const queryClient = useQueryClient();
  const [view, setView] = useState<DocumentView>(EDITING);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [jumpRequest, setJumpRequest] = useState<JumpRequest | null>(null);
  const historyButton = useRef<HTMLButtonElement>(null);
  const historyHeading = useRef<HTMLHeadingElement>(null);
  const viewHeading = useRef<HTMLHeadingElement>(null);

  // The timeline, who wrote what and the balance of voice follow the text while they are on screen.
  useDocumentChanges(session, () => void refreshHistory(queryClient, projectId, documentId), {
    enabled: historyOpen || view.kind !== 'editing',
  });

  // Focus follows the person into a view and back out to the text.
  const previousView = useRef(view.kind);
  useEffect(() => {
    const was = previousView.current;
    previousView.current = view.kind;
    if (view.kind !== 'editing') viewHeading.current?.focus();
    else if (was !== 'editing') window.document.getElementById('document-editor')?.focus();
  }, [view]);

  /** Closes the panel without moving focus, when another panel takes its place. */
  const closeHistory = useCallback(() => setHistoryOpen(false), []);

  const toggleHistory = () => {
    if (historyOpen) {
      setHistoryOpen(false);
      historyButton.current?.focus();
    } else {
      onPanelOpened();
      setHistoryOpen(true);
      requestAnimationFrame(() => historyHeading.current?.focus());
    }
  };

  const toggleAuthorship = () => setView(view.kind === 'authorship' ? EDITING : { kind: 'authorship' });

  const jumpTo = (section: string) => {
    setView(EDITING);
    setJumpRequest({ section, id: Date.now() });
  };

  return {
    view,
    setView,
    toggleAuthorship,
    historyOpen,
    toggleHistory,
    closeHistory,
    historyButton,
    historyHeading,
    viewHeading,
    jumpRequest,
    jumpTo,
  };
}

export type DocumentViews = ReturnType<typeof useDocumentViews>;
