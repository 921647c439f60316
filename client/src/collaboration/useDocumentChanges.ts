import { useEffect, useRef } from 'react';
import type { CollaborationSession } from './Collaboration.ts';

/**
 * Calls `onChange` a little after the shared text changes, by anyone, and at most once
 * per `intervalMs` while it keeps changing: views derived from the server's history
 * refresh while people type without asking the server on every keystroke.
 */
export function useDocumentChanges(
  session: CollaborationSession | null,
  onChange: () => void,
  { intervalMs = 2000, enabled = true }: { intervalMs?: number; enabled?: boolean } = {},
): void {
  const handler = useRef(onChange);
  handler.current = onChange;

  useEffect(() => {
    if (!session || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        handler.current();
      }, intervalMs);
    };
    session.ydoc.on('update', onUpdate);
    return () => {
      session.ydoc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [session, enabled, intervalMs]);
}
