import { useEffect, useRef } from 'react';
import { raiseHandShortcut } from './raiseHandShortcut.ts';

/** Raises or lowers the person's hand with the shortcut, wherever they are on the page, typing included. */
export function useRaiseHandShortcut(toggle: () => void, enabled: boolean): void {
  const current = useRef(toggle);
  current.current = toggle;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!raiseHandShortcut.matches(event)) return;
      event.preventDefault();
      current.current();
    };
    // Captured before the editor sees it, so it never reaches the text.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [enabled]);
}
