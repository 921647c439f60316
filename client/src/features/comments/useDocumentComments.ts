import { type CommentThread, Limits, type MentionCandidate } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { useCommentsQuery } from '../../api/useCommentsQuery.ts';
import { useProjectQuery } from '../../api/useProjectQuery.ts';
import type { NoticeMessage } from '../../components/LiveNotice.tsx';
import { commentHighlightKey } from '../../editor/CommentHighlight.ts';
import { applyCommentAnchor, commentAnchorRanges, removeCommentAnchor } from '../../editor/commentAnchorMarks.ts';
import { sectionAtPosition } from '../../editor/sectionAtPosition.ts';
import { describeThread } from './describeThread.ts';
import { defaultThreadFilters, filterThreads, type ThreadFilters } from './filterThreads.ts';
import { newThreadId } from './newThreadId.ts';
import { useCommentAnchors } from './useCommentAnchors.ts';
import { useCommentMutations } from './useCommentMutations.ts';

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
  myId: string;
  onNotice: (message: NoticeMessage) => void;
  /** Another side panel (History) closes when this one opens. */
  onPanelOpened: () => void;
}

export const COMMENTS_HEADING_ID = 'comments-panel-heading';
export const NEW_COMMENT_FIELD_ID = 'new-comment-body';
export const WHOLE_DOCUMENT_BUTTON_ID = 'comment-whole-document';
export const threadElementId = (threadId: string) => `comment-thread-${threadId}`;

/** Answers that will not change by sending again: the document is archived, a limit is reached, access is gone. */
const failsForGood = (error: unknown) => isApiRequestError(error) && [403, 404, 409].includes(error.status);

const truncateQuote = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > Limits.commentQuoteMax ? `${clean.slice(0, Limits.commentQuoteMax - 1)}…` : clean;
};

function scrollToPosition(editor: Editor, position: number) {
  const { node } = editor.view.domAtPos(position);
  const element = node instanceof Element ? node : node.parentElement;
  // Centred, so the bar that stays in view at the top does not cover the words.
  element?.scrollIntoView?.({ block: 'center' });
}

/**
 * Everything about a document's comments that the page coordinates: the panel, the
 * thread being written and its mark in the text, which thread is being read, and
 * moving between commented words and their threads.
 */
export function useDocumentComments({ projectId, documentId, editor, myId, onNotice, onPanelOpened }: Options) {
  const query = useCommentsQuery(projectId, documentId);
  const project = useProjectQuery(projectId);
  const anchors = useCommentAnchors(editor);
  const mutations = useCommentMutations(projectId, documentId);
  const { announce } = useAnnouncer();
  const [panelOpen, setPanelOpen] = useState(false);
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null);
  const [draft, setDraft] = useState<NewThreadDraft | null>(null);
  const [filters, setFilters] = useState<ThreadFilters>(defaultThreadFilters);
  const [status, setStatus] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ elementId: string; key: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const threads = query.data?.threads ?? [];
  const people = query.data?.people ?? [];
  const openCount = query.data ? threads.filter((thread) => thread.resolvedAt === null).length : null;
  const candidates: MentionCandidate[] = useMemo(
    () => (project.data?.members ?? []).map((member) => ({ id: member.userId, displayName: member.displayName })),
    [project.data],
  );

  // Read inside callbacks that the editor's key handlers hold on to.
  const latest = useRef({ threads, people, draft, activeThreadId, filters, editor });
  latest.current = { threads, people, draft, activeThreadId, filters, editor };

  const focusElement = useCallback((elementId: string) => setFocusRequest({ elementId, key: Date.now() }), []);
  useEffect(() => {
    if (!focusRequest) return;
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(focusRequest.elementId);
      element?.focus();
      element?.scrollIntoView?.({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);

  // Only open threads are highlighted; the thread being written counts as open.
  const openKey = [
    ...threads.filter((thread) => thread.resolvedAt === null).map((thread) => thread.id),
    ...(draft?.anchor === 'text' ? [draft.id] : []),
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

  const openPanel = useCallback(() => {
    setPanelOpen(true);
    onPanelOpened();
  }, [onPanelOpened]);

  /** Loosens the filters if they would hide the thread about to be shown. */
  const showThread = useCallback(
    (thread: CommentThread) => {
      setActiveThreadId(thread.id);
      openPanel();
      if (filterThreads([thread], latest.current.filters, myId).length === 0)
        setFilters({ ...defaultThreadFilters, status: thread.resolvedAt ? 'all' : 'open' });
      focusElement(threadElementId(thread.id));
    },
    [openPanel, focusElement, myId],
  );

  const cancelDraft = useCallback(() => {
    const { draft: current, editor: currentEditor } = latest.current;
    if (!current) return;
    if (current.anchor === 'text' && currentEditor) removeCommentAnchor(currentEditor, current.id);
    setDraft(null);
    setActiveThreadId(null);
    if (current.anchor === 'text' && currentEditor?.isEditable)
      currentEditor.commands.focus(null, { scrollIntoView: false });
    else focusElement(WHOLE_DOCUMENT_BUTTON_ID);
  }, [focusElement]);

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
    const section = sectionAtPosition(currentEditor.state.doc, from) ?? '';
    setDraft({ id, anchor: 'text', quote, section, body: previous?.body ?? '', anchorRemoved: false });
    setActiveThreadId(id);
    setStatus('');
    openPanel();
    focusElement(NEW_COMMENT_FIELD_ID);
  }, [onNotice, openPanel, focusElement]);

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
  }, [openPanel, focusElement]);

  const setDraftBody = useCallback(
    (body: string) => setDraft((current) => (current ? { ...current, body } : current)),
    [],
  );

  const sendDraft = useCallback(
    async (body: string) => {
      const { draft: current, editor: currentEditor } = latest.current;
      if (!current) return;
      try {
        const { thread } = await mutations.createThread.mutateAsync({
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
    [mutations.createThread, showThread],
  );

  const goToText = useCallback((threadId: string) => {
    const currentEditor = latest.current.editor;
    if (!currentEditor || currentEditor.isDestroyed) return;
    const range = commentAnchorRanges(currentEditor.state.doc).get(threadId);
    if (!range) {
      setStatus('Those words are no longer in the document.');
      return;
    }
    setActiveThreadId(threadId);
    currentEditor.chain().setTextSelection(range).focus(null, { scrollIntoView: false }).run();
    scrollToPosition(currentEditor, range.from);
  }, []);

  /** Alt+Page Down / Up: from the words being read (or the thread open in the panel) to the next commented words. */
  const moveToComment = useCallback(
    (direction: 1 | -1, from: 'editor' | 'panel') => {
      const { editor: currentEditor, threads: known, people: named, activeThreadId: active } = latest.current;
      if (!currentEditor || currentEditor.isDestroyed) return;
      const ranges = commentAnchorRanges(currentEditor.state.doc);
      const open = new Map(known.filter((thread) => thread.resolvedAt === null).map((thread) => [thread.id, thread]));
      const stops = [...ranges].filter(([id]) => open.has(id)).map(([id, range]) => ({ id, ...range }));
      if (stops.length === 0) {
        announce('There are no open comments on words in this document.');
        return;
      }
      const activeRange = active ? ranges.get(active) : undefined;
      const here = from === 'panel' && activeRange ? activeRange.from : currentEditor.state.selection.from;
      const next =
        direction === 1
          ? (stops.find((stop) => stop.from > here) ?? stops[0])
          : ([...stops].reverse().find((stop) => stop.from < here) ?? stops[stops.length - 1]);
      const thread = next ? open.get(next.id) : undefined;
      if (!next || !thread) return;
      currentEditor.commands.setTextSelection({ from: next.from, to: next.to });
      scrollToPosition(currentEditor, next.from);
      showThread(thread);
      announce(describeThread(thread, named));
    },
    [announce, showThread],
  );

  const openThread = useCallback(
    (threadId: string): boolean => {
      const thread = latest.current.threads.find((candidate) => candidate.id === threadId);
      if (!thread) return false;
      showThread(thread);
      return true;
    },
    [showThread],
  );

  const togglePanel = useCallback(() => {
    if (panelOpen) {
      // An empty comment is simply dropped; one with words stays for when the panel opens again.
      if (latest.current.draft && latest.current.draft.body.trim() === '') cancelDraft();
      setPanelOpen(false);
      buttonRef.current?.focus();
    } else {
      openPanel();
      focusElement(COMMENTS_HEADING_ID);
    }
  }, [panelOpen, cancelDraft, openPanel, focusElement]);

  /** Closes the panel without moving focus, when another panel takes its place. */
  const hidePanel = useCallback(() => setPanelOpen(false), []);

  return {
    query,
    threads,
    people,
    candidates,
    anchors,
    openCount,
    panelOpen,
    activeThreadId,
    setActiveThreadId,
    draft,
    filters,
    setFilters,
    status,
    setStatus,
    buttonRef,
    focusElement,
    togglePanel,
    hidePanel,
    startTextComment,
    startDocumentComment,
    setDraftBody,
    sendDraft,
    cancelDraft,
    removeUnsentMark,
    goToText,
    moveToComment,
    openThread,
  };
}

export type DocumentComments = ReturnType<typeof useDocumentComments>;
