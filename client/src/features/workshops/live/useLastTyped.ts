import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef } from 'react';

/**
 * When the person last typed in the text (by keyboard, input method or dictation), so
 * that others moving their view can wait until they pause. Only their own keystrokes
 * count: other people's edits arriving do not.
 */
export function useLastTyped(editor: Editor | null): () => number {
  const last = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const dom = editor.view.dom;
    const typed = () => {
      last.current = Date.now();
    };
    const events = ['keydown', 'beforeinput', 'compositionupdate'] as const;
    for (const name of events) dom.addEventListener(name, typed, { capture: true });
    return () => {
      for (const name of events) dom.removeEventListener(name, typed, { capture: true });
    };
  }, [editor]);
  return useCallback(() => last.current, []);
}
