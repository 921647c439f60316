import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAnnouncer } from '../../../a11y/useAnnouncer.ts';
import { scrollToSection } from '../../../editor/scrollToSection.ts';
import { TypingPause } from './TypingPause.ts';
import { useLastTyped } from './useLastTyped.ts';

/** Someone typing counts as having paused after this long without a keystroke. */
export const TYPING_PAUSE_MS = 2000;

/** Where the person's view was before the group moved it, to go back to. */
interface Origin {
  x: number;
  y: number;
  focused: Element | null;
}

export interface ViewMoveNotice {
  /** "Lena brought everyone to ‘Transport’." */
  text: string;
  /** Waiting for the person to pause typing before moving them. */
  waiting: boolean;
  /** Whether there is somewhere to go back to. */
  canGoBack: boolean;
}

export interface ViewMoveRequest {
  sectionId: string;
  /** Said once the view has moved. */
  movedText: string;
  /** Shown while waiting for the person to pause typing. */
  waitingText: string;
  /** Said if the section has gone from the document meanwhile. */
  goneText: string;
}

/**
 * Moves the person's view of the text to a section when the group is taken there,
 * without moving their caret, and never while they are typing: it waits until they
 * pause. Says who moved them, and remembers where they were so they can go back.
 */
export function useViewMoves(editor: Editor | null) {
  const lastTyped = useLastTyped(editor);
  const { announce } = useAnnouncer();
  const [notice, setNotice] = useState<ViewMoveNotice | null>(null);
  const origin = useRef<Origin | null>(null);
  const editorRef = useRef(editor);
  editorRef.current = editor;
  const pause = useMemo(() => new TypingPause({ pauseMs: TYPING_PAUSE_MS, lastTypedAt: lastTyped }), [lastTyped]);
  useEffect(() => () => pause.drop(), [pause]);

  const moveTo = useCallback(
    (request: ViewMoveRequest) => {
      const current = editorRef.current;
      if (!current || current.isDestroyed) return;
      const move = () => {
        const now = editorRef.current;
        if (!now || now.isDestroyed) return;
        // Only the place before the first of several moves is the person's own.
        origin.current ??= { x: window.scrollX, y: window.scrollY, focused: document.activeElement };
        const found = scrollToSection(now, request.sectionId);
        const text = found ? request.movedText : request.goneText;
        setNotice({ text, waiting: false, canGoBack: true });
        announce(text);
      };
      pause.whenPaused(move);
      if (pause.waiting) setNotice({ text: request.waitingText, waiting: true, canGoBack: origin.current !== null });
    },
    [pause, announce],
  );

  const dismiss = useCallback(() => {
    pause.drop();
    origin.current = null;
    setNotice(null);
  }, [pause]);

  const goBack = useCallback(() => {
    const was = origin.current;
    dismiss();
    if (!was) return;
    window.scrollTo({ left: was.x, top: was.y, behavior: 'instant' });
    // Back to what they were doing: their caret in the text is where they left it.
    if (was.focused instanceof HTMLElement && was.focused.isConnected && was.focused !== document.body) {
      was.focused.focus({ preventScroll: true });
    } else {
      editorRef.current?.view.dom.focus({ preventScroll: true });
    }
  }, [dismiss]);

  return { notice, moveTo, goBack, dismiss };
}

export type ViewMoves = ReturnType<typeof useViewMoves>;
