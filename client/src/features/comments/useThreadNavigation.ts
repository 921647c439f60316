import type { CommentPerson, CommentThread } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';
import { useCallback, useRef } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import { commentAnchorRanges } from '../../editor/commentAnchorMarks.ts';
import { threadElementId } from './commentElementIds.ts';
import { describeThread } from './describeThread.ts';
import { defaultThreadFilters, filterThreads } from './filterThreads.ts';
import type { CommentsPanelState } from './useCommentsPanel.ts';

interface Options {
  editor: Editor | null;
  threads: readonly CommentThread[];
  people: readonly CommentPerson[];
  myId: string;
  panel: CommentsPanelState;
  focusElement: (elementId: string) => void;
}

function scrollToPosition(editor: Editor, position: number) {
  const { node } = editor.view.domAtPos(position);
  const element = node instanceof Element ? node : node.parentElement;
  // Centred, so the bar that stays in view at the top does not cover the words.
  element?.scrollIntoView?.({ block: 'center' });
}

/** Moving between commented words and their threads, by key, by link and from the panel. */
export function useThreadNavigation({ editor, threads, people, myId, panel, focusElement }: Options) {
  const { announce } = useAnnouncer();
  const { openPanel, setActiveThreadId, setFilters, setStatus } = panel;
  // Read inside callbacks that the editor's key handlers hold on to.
  const latest = useRef({ editor, threads, people, activeThreadId: panel.activeThreadId, filters: panel.filters });
  latest.current = { editor, threads, people, activeThreadId: panel.activeThreadId, filters: panel.filters };

  /** Opens the panel on a thread, loosening the filters if they would hide it. */
  const showThread = useCallback(
    (thread: CommentThread) => {
      setActiveThreadId(thread.id);
      openPanel();
      if (filterThreads([thread], latest.current.filters, myId).length === 0)
        setFilters({ ...defaultThreadFilters, status: thread.resolvedAt ? 'all' : 'open' });
      focusElement(threadElementId(thread.id));
    },
    [openPanel, focusElement, myId, setActiveThreadId, setFilters],
  );

  const goToText = useCallback(
    (threadId: string) => {
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
    },
    [setActiveThreadId, setStatus],
  );

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

  /** Opens the thread a link names; false when there is no such thread. */
  const openThread = useCallback(
    (threadId: string): boolean => {
      const thread = latest.current.threads.find((candidate) => candidate.id === threadId);
      if (!thread) return false;
      showThread(thread);
      return true;
    },
    [showThread],
  );

  return { showThread, goToText, moveToComment, openThread };
}
