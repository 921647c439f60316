import { useEffect, useRef } from 'react';
import type { CollaborationSession } from './Collaboration.ts';
import { listenForWorkshopRun, type WorkshopRunEventHandlers } from './serverEvents.ts';

/**
 * Follows how a workshop on the open document is running, over the document's live
 * connection (see listenForWorkshopRun). Handlers are read when the server speaks, so a
 * component passing new functions each render subscribes only once.
 */
export function useWorkshopRunEvents(session: CollaborationSession | null, handlers: WorkshopRunEventHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  const provider = session?.provider ?? null;
  useEffect(() => {
    if (!provider) return;
    return listenForWorkshopRun(provider, {
      onRunChanged: (run, receivedAt) => current.current.onRunChanged(run, receivedAt),
      onResynced: () => current.current.onResynced(),
    });
  }, [provider]);
}
