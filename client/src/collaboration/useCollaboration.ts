import { HocuspocusProvider } from '@hocuspocus/provider';
import { type CloseCodeName, type Perspective, type PresenceIdentity, presenceIdentity } from '@roundtable/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { ACTIVITY_FIELD, type Activity, sameActivity } from './Activity.ts';
import { collaborationUrl } from './collaborationUrl.ts';
import { type ConnectionFacts, type ConnectionState, deriveConnectionState } from './connectionState.ts';
import { closeOfflineCache, deleteOfflineCache, offlineCacheName, openOfflineCache } from './offlineCache.ts';
import { type PresentPerson, peopleFromAwareness } from './PresentPerson.ts';
import { Reconnector } from './Reconnector.ts';
import { closeRemovesOfflineCopy, refusalRemovesOfflineCopy } from './removesOfflineCopy.ts';
import { outcomeOfClose, outcomeOfRefusal, type StopReason } from './stopReason.ts';
import { trackUnsentChanges } from './unsentChanges.ts';

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
  /**
   * Deletes this person's copy of the document on this device, for when it holds a change
   * the server refuses and would otherwise send again after every reload.
   */
  discardOfflineCopy: () => Promise<void>;
}

interface Options {
  collaborationName: string;
  user: { id: string; displayName: string };
  perspective: Perspective;
  /** The server says the document was archived or restored; what the page shows about it may be out of date. */
  onAccessChanged?: () => void;
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
export function useCollaboration({ collaborationName, user, perspective, onAccessChanged }: Options): Collaboration {
  const [session, setSession] = useState<CollaborationSession | null>(null);
  const [facts, setFacts] = useState<ConnectionFacts>(initialFacts);
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const [stopReason, setStopReason] = useState<StopReason | null>(null);
  const [serverReadOnly, setServerReadOnly] = useState(false);
  const [contentReady, setContentReady] = useState(false);

  const requestedActivity = useRef<Activity>({ kind: 'reading' });
  const publishActivity = useRef<() => void>(() => {});
  const discard = useRef<() => Promise<void>>(async () => {});
  const onAccessChangedRef = useRef(onAccessChanged);
  onAccessChangedRef.current = onAccessChanged;
  const { id: userId, displayName } = user;

  useEffect(() => {
    const identity = presenceIdentity({ id: userId, displayName }, perspective);
    const ydoc = new Y.Doc();
    const cache = openOfflineCache(offlineCacheName(userId, collaborationName), ydoc);
    const unsent = trackUnsentChanges();
    let provider: HocuspocusProvider | null = null;
    let cancelled = false;
    let hasConnected = false;
    let stopped = false;
    let lastActivity: Activity | null = null;
    let cleanupConnection = () => {};

    cache.on('synced', () => {
      if (!cancelled) setContentReady(true);
    });

    discard.current = async () => {
      unsent.forget();
      await deleteOfflineCache(cache);
    };

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
      const socket = live.configuration.websocketProvider;
      const reconnector = new Reconnector(socket);
      let copyRemoved = false;

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
        const status = socket.status;
        if (status === 'connected') hasConnected = true;
        reconnector.noteStatus();
        // A copy that has been removed holds nothing sign-out could lose.
        unsent.report(copyRemoved ? 0 : live.unsyncedChanges);
        const next: ConnectionFacts = {
          socket: status,
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

      const stop = (reason: StopReason, removeCopy: boolean) => {
        if (stopped) return;
        stopped = true;
        reconnector.stop();
        setStopReason(reason);
        // Retrying would only be refused again; the explanation tells the person what to do.
        live.disconnect();
        // Someone who may no longer read the document should not keep a copy of it.
        if (removeCopy) {
          copyRemoved = true;
          void deleteOfflineCache(cache);
        }
        refresh();
      };

      const rejoin = (cause: CloseCodeName) => {
        if (stopped) return;
        if (cause === 'AccessChanged') onAccessChangedRef.current?.();
        reconnector.rejoin(cause);
        refresh();
      };

      // The provider would otherwise wait out its back-off, up to half a minute.
      const reconnectWhenOnline = () => {
        reconnector.reconnectNow();
        refresh();
      };

      live.on('status', refresh);
      live.on('synced', () => {
        reconnector.noteSynced();
        setContentReady(true);
        refresh();
      });
      live.on('unsyncedChanges', refresh);
      live.on('close', ({ event }: { event: { code: number; reason?: string } }) => {
        const outcome = outcomeOfClose(event.code, event.reason);
        if (outcome.kind === 'stop') stop(outcome.reason, closeRemovesOfflineCopy(event.code, event.reason));
        else if (outcome.kind === 'retry') rejoin(outcome.cause);
        else refresh();
      });
      live.on('authenticationFailed', ({ reason }: { reason: string }) => {
        const outcome = outcomeOfRefusal(reason);
        if (outcome.kind === 'stop') stop(outcome.reason, refusalRemovesOfflineCopy(reason));
        else if (outcome.kind === 'retry') rejoin(outcome.cause);
      });
      // Told afresh on every authentication: rights change when a document is archived or restored.
      live.on('authenticated', ({ scope }: { scope: string }) => setServerReadOnly(scope === 'readonly'));
      live.on('awarenessChange', refreshPeople);
      window.addEventListener('online', reconnectWhenOnline);
      window.addEventListener('offline', refresh);
      document.addEventListener('visibilitychange', publish);

      publish();
      refresh();
      refreshPeople();
      setSession({ ydoc, provider: live, identity });

      cleanupConnection = () => {
        reconnector.stop();
        window.removeEventListener('online', reconnectWhenOnline);
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
      if (cancelled) return;
      if (!provider) connect();
      // Connected before this copy had loaded, so the handshake offered the server only
      // what was in memory then. Starting it again sends what was written offline last
      // time: the provider sends its state vector, the server answers with what this
      // device lacks and its own state vector, and the provider replies with everything
      // the server lacks.
      else if (!stopped) provider.forceSync();
    });

    return () => {
      cancelled = true;
      clearTimeout(timeout);
      cleanupConnection();
      unsent.forget();
      publishActivity.current = () => {};
      discard.current = async () => {};
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

  const discardOfflineCopy = useCallback(() => discard.current(), []);

  return {
    session,
    connectionState: deriveConnectionState(facts),
    people,
    contentReady,
    stopReason,
    serverReadOnly,
    setActivity,
    discardOfflineCopy,
  };
}
