import { useEffect, useRef } from 'react';
import type { CollaborationSession } from './Collaboration.ts';
import { listenForWorkshopRoomEvents, type WorkshopRoomEventHandlers } from './serverEvents.ts';

/**
 * Follows what the server says about a running workshop's room over the document's live
 * connection (see listenForWorkshopRoomEvents). Handlers are read when the server speaks,
 * so a component passing new functions each render subscribes only once.
 */
export function useWorkshopRoomEvents(
  session: CollaborationSession | null,
  handlers: Partial<WorkshopRoomEventHandlers>,
): void {
  const current = useRef(handlers);
  current.current = handlers;
  const provider = session?.provider ?? null;
  useEffect(() => {
    if (!provider) return;
    return listenForWorkshopRoomEvents(provider, {
      onHandsChanged: (event) => current.current.onHandsChanged?.(event),
      onEveryoneBrought: (event) => current.current.onEveryoneBrought?.(event),
      onResynced: () => current.current.onResynced?.(),
    });
  }, [provider]);
}
