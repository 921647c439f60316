import { HocuspocusProvider } from '@hocuspocus/provider';
import { type Perspective, type PresenceIdentity, presenceIdentity } from '@roundtable/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { ACTIVITY_FIELD, type Activity, sameActivity } from './Activity.ts';
import { collaborationUrl } from './collaborationUrl.ts';
import { type ConnectionFacts, type ConnectionState, deriveConnectionState } from './connectionState.ts';
import { closeOfflineCache, deleteOfflineCache, offlineCacheName, openOfflineCache } from './offlineCache.ts';
import { type PresentPerson, peopleFromAwareness } from './PresentPerson.ts';
import { meansLostAccess, type StopReason, stopReasonFromAuthentication, stopReasonFromClose } from './stopReason.ts';

export interface CollaborationSession {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  /** Exactly what the server derives from the signed-in person; sent as awareness `user`. */
  identity: PresenceIdentity;
}

export interface Collaboration {
  /** Null until this device's copy has loaded and the connection exists. */
  session: CollaborationSession | null;
  connectionState: ConnectionState;
  people: PresentPerson[];
  /** The document's content has arrived, from this device's copy or from the server. */
  contentReady: boolean;
  /** Set when the server has closed the connection for good; editing must stop. */
  stopReason: StopReason | null;
  /** The server allows reading only (for example, an archived document). */
  serverReadOnly: boolean;
  /** Tells everyone else what you are doing; shown as away while the tab is hidden. */
  setActivity: (activity: Activity) => void;
}

interface Options {
  collaborationName: string;
  user: { id: string; displayName: string };
  perspective: Perspective;
}

/** If this device's storage never answers (private browsing, full disk), connect anyway. */
const LOCAL_COPY_TIMEOUT_MS = 3000;

const initialFacts: ConnectionFacts = {
  socket: 'connecting',
  synced: false,
  unsyncedChanges: 0,
  browserOnline: true,
  hasConnected: false,
  stopped: false,
};

function sameFacts(a: ConnectionFacts, b: ConnectionFacts): boolean {
  return (
    a.socket === b.socket &&
    a.synced === b.synced &&
    a.unsyncedChanges === b.unsyncedChanges &&
    a.browserOnline === b.browserOnline &&
    a.hasConnected === b.hasConnected &&
    a.stopped === b.stopped
  );
}

/**
 * Opens one live document for one person: the shared Y.Doc, a copy kept on this device,
 * the websocket connection, and everyone's presence. The only code that touches the
 * provider and yjs directly.
 */
export function useCollaboration({ collaborationName, user, perspective }: Options): Collaboration {
  const [session, setSession] = useState<CollaborationSession | null>(null);
  const [facts, setFacts] = useState<ConnectionFacts>(initialFacts);
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const [stopReason, setStopReason] = useState<StopReason | null>(null);
  const [serverReadOnly, setServerReadOnly] = useState(false);
  const [contentReady, setContentReady] = useState(false);

  const requestedActivity = useRef<Activity>({ kind: 'reading' });
  const publishActivity = useRef<() => void>(() => {});
  const { id: userId, displayName } = user;

  useEffect(() => {
    const identity = presenceIdentity({ id: userId, displayName }, perspective);
    const ydoc = new Y.Doc();
    const cache = openOfflineCache(offlineCacheName(userId, collaborationName), ydoc);
    let provider: HocuspocusProvider | null = null;
    let cancelled = false;
    let hasConnected = false;
    let stopped = false;
    let lastActivity: Activity | null = null;
    let cleanupListeners = () => {};

    cache.on('synced', () => {
      if (!cancelled) setContentReady(true);
    });

    const connect = () => {
      if (cancelled) return;
      const live = new HocuspocusProvider({
        url: collaborationUrl(),
        name: collaborationName,
        document: ydoc,
        // The session cookie authenticates; the protocol still expects a token to be sent.
        token: 'cookie',
      });
      provider = live;

      // Content read back from this device is not a new edit. Forwarding it would resend
      // other people's words under this person's connection, which the server refuses;
      // what this device has and the server lacks is sent by the sync handshake instead.
      ydoc.off('update', live.boundDocumentUpdateHandler);
      const forwardLocalEdits = (update: Uint8Array, origin: unknown) => {
        if (origin !== cache) live.boundDocumentUpdateHandler(update, origin);
      };
      ydoc.on('update', forwardLocalEdits);

      const awareness = live.awareness;
      // Presence must be exactly the server-derived identity from the very first message.
      awareness?.setLocalStateField('user', identity);

      const refresh = () => {
        const socket = live.configuration.websocketProvider.status;
        if (socket === 'connected') hasConnected = true;
        const next: ConnectionFacts = {
          socket,
          synced: live.isSynced,
          unsyncedChanges: live.unsyncedChanges,
          browserOnline: navigator.onLine,
          hasConnected,
          stopped,
        };
        setFacts((previous) => (sameFacts(previous, next) ? previous : next));
      };

      const refreshPeople = () => {
        if (awareness) setPeople(peopleFromAwareness(awareness.getStates(), ydoc.clientID, userId));
      };

      const publish = () => {
        if (!awareness || stopped) return;
        const activity: Activity = document.visibilityState === 'hidden' ? { kind: 'away' } : requestedActivity.current;
        if (lastActivity && sameActivity(lastActivity, activity)) return;
        lastActivity = activity;
        awareness.setLocalStateField(ACTIVITY_FIELD, activity);
      };
      publishActivity.current = publish;

      const stop = (reason: StopReason) => {
        if (stopped) return;
        stopped = true;
        setStopReason(reason);
        // Retrying would only be refused again; the explanation tells the person what to do.
        live.disconnect();
        // Someone who may no longer read the document should not keep a copy of it.
        if (meansLostAccess(reason)) void deleteOfflineCache(cache);
        refresh();
      };

      live.on('status', refresh);
      live.on('synced', () => {
        setContentReady(true);
        refresh();
      });
      live.on('unsyncedChanges', refresh);
      live.on('close', ({ event }: { event: { code: number; reason?: string } }) => {
        const reason = stopReasonFromClose(event.code, event.reason);
        if (reason) stop(reason);
        else refresh();
      });
      live.on('authenticationFailed', ({ reason }: { reason: string }) => stop(stopReasonFromAuthentication(reason)));
      live.on('authenticated', ({ scope }: { scope: string }) => setServerReadOnly(scope === 'readonly'));
      live.on('awarenessChange', refreshPeople);
      window.addEventListener('online', refresh);
      window.addEventListener('offline', refresh);
      document.addEventListener('visibilitychange', publish);

      publish();
      refresh();
      refreshPeople();
      setSession({ ydoc, provider: live, identity });

      cleanupListeners = () => {
        window.removeEventListener('online', refresh);
        window.removeEventListener('offline', refresh);
        document.removeEventListener('visibilitychange', publish);
        ydoc.off('update', forwardLocalEdits);
      };
    };

    // Connect only once this device's copy is in the document, so the handshake sends the
    // server exactly what it is missing, including anything written offline last time.
    const timeout = setTimeout(connect, LOCAL_COPY_TIMEOUT_MS);
    void cache.whenSynced.then(() => {
      clearTimeout(timeout);
      if (!provider) connect();
    });

    return () => {
      cancelled = true;
      clearTimeout(timeout);
      cleanupListeners();
      publishActivity.current = () => {};
      provider?.destroy();
      void closeOfflineCache(cache);
      ydoc.destroy();
      setSession(null);
      setPeople([]);
      setFacts(initialFacts);
      setStopReason(null);
      setServerReadOnly(false);
      setContentReady(false);
    };
  }, [collaborationName, userId, displayName, perspective]);

  const setActivity = useCallback((activity: Activity) => {
    requestedActivity.current = activity;
    publishActivity.current();
  }, []);

  return {
    session,
    connectionState: deriveConnectionState(facts),
    people,
    contentReady,
    stopReason,
    serverReadOnly,
    setActivity,
  };
}
