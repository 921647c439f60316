import type { RenderedNode } from '@roundtable/shared';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Activity } from './Activity.ts';
import type {
  Collaboration,
  DocumentConnectionEvents,
  DocumentConnectionOptions,
  DocumentState,
} from './Collaboration.ts';
import { DocumentConnection, initialDocumentState } from './DocumentConnection.ts';

interface Options extends DocumentConnectionOptions, DocumentConnectionEvents {}

const subscribeToNothing = () => () => {};
const notOpen = (): DocumentState => initialDocumentState;

/**
 * Opens one live document for one person while the page shows it (see
 * DocumentConnection), and follows its state.
 */
export function useCollaboration(options: Options): Collaboration {
  const { collaborationName, user, perspective } = options;
  const { id: userId, displayName } = user;
  const [connection, setConnection] = useState<DocumentConnection | null>(null);
  const current = useRef<DocumentConnection | null>(null);
  // Kept across reconnections, so the person's activity is published again at once.
  const requestedActivity = useRef<Activity>({ kind: 'reading' });
  // Read when the server speaks, so a page passing new functions each render reconnects nothing.
  const handlers = useRef(options);
  handlers.current = options;

  // Made here rather than during render: StrictMode mounts twice, and each connection must be closed.
  useEffect(() => {
    const opened = new DocumentConnection(
      { collaborationName, user: { id: userId, displayName }, perspective },
      {
        onAccessChanged: () => handlers.current.onAccessChanged?.(),
        onDetailsChanged: () => handlers.current.onDetailsChanged?.(),
        onCommentsChanged: (event) => handlers.current.onCommentsChanged?.(event),
      },
    );
    opened.setActivity(requestedActivity.current);
    current.current = opened;
    setConnection(opened);
    return () => {
      current.current = null;
      opened.close();
      setConnection(null);
    };
  }, [collaborationName, userId, displayName, perspective]);

  const state = useSyncExternalStore(connection?.subscribe ?? subscribeToNothing, connection?.getState ?? notOpen);

  const setActivity = useCallback((activity: Activity) => {
    requestedActivity.current = activity;
    current.current?.setActivity(activity);
  }, []);

  const discardOfflineCopy = useCallback(() => current.current?.discardOfflineCopy() ?? Promise.resolve(), []);
  const readDeviceCopy = useCallback((): RenderedNode => current.current?.readDeviceCopy() ?? { type: 'doc' }, []);
  const releaseKeptChanges = useCallback(() => current.current?.releaseKeptChanges(), []);

  return { ...state, setActivity, discardOfflineCopy, readDeviceCopy, releaseKeptChanges };
}
