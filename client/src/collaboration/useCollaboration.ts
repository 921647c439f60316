import { HocuspocusProvider } from '@hocuspocus/provider';
import { type CloseCodeName, type CommentsChangedEvent, type Perspective, presenceIdentity } from '@roundtable/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { ACTIVITY_FIELD, type Activity, sameActivity } from './Activity.ts';
import type { Collaboration, CollaborationSession } from './Collaboration.ts';
import { collaborationUrl } from './collaborationUrl.ts';
import {
  type ConnectionFacts,
  deriveConnectionState,
  initialConnectionFacts,
  sameConnectionFacts,
} from './connectionState.ts';
import { closeOfflineCache, deleteOfflineCache, offlineCacheName, openOfflineCache } from './offlineCache.ts';
import { type PresentPerson, peopleFromAwareness } from './PresentPerson.ts';
import { Reconnector } from './Reconnector.ts';
import { closeRemovesOfflineCopy, refusalRemovesOfflineCopy } from './removesOfflineCopy.ts';
import { listenForServerEvents } from './serverEvents.ts';
import { outcomeOfClose, outcomeOfRefusal, type StopReason } from './stopReason.ts';
import { trackUnsentChanges } from './unsentChanges.ts';
import { clearUnsentEdits, flagUnsentEdits } from './unsentCopies.ts';

interface Options {
  collaborationName: string;
  user: { id: string; displayName: string };
  perspective: Perspective;
  /** The server says the document was archived or restored; what the page shows about it may be out of date. */
  onAccessChanged?: () => void;
  /** The server says the document's details (such as its title) changed: fetch them again. */
  onDetailsChanged?: () => void;
  /** Someone changed the document's comments: fetch them again, and perhaps say so. */
  onCommentsChanged?: (event: CommentsChangedEvent) => void;
}

/** If this device's storage never answers (private browsing, full disk), connect anyway. */
const LOCAL_COPY_TIMEOUT_MS = 3000;

/** WebSocket.OPEN, the state in which the provider sends at once rather than queueing. */
const SOCKET_OPEN = 1;

/**
 * Opens one live document for one person: the shared Y.Doc, a copy kept on this device,
 * the websocket connection, and everyone's presence. The only code that touches the
 * provider and yjs directly.
 */
export function useCollaboration(options: Options): Collaboration {
  const { collaborationName, user, perspective } = options;
  const [session, setSession] = useState<CollaborationSession | null>(null);
  const [facts, setFacts] = useState<ConnectionFacts>(initialConnectionFacts);
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const [stopReason, setStopReason] = useState<StopReason | null>(null);
  const [serverReadOnly, setServerReadOnly] = useState(false);
  const [contentReady, setContentReady] = useState(false);
  const [awaitingRights, setAwaitingRights] = useState(false);

  const requestedActivity = useRef<Activity>({ kind: 'reading' });
  const publishActivity = useRef<() => void>(() => {});
  const discard = useRef<() => Promise<void>>(async () => {});
  // Read when the server speaks, so a page passing new functions each render reconnects nothing.
  const handlers = useRef(options);
  handlers.current = options;
  const { id: userId, displayName } = user;

  useEffect(() => {
    const identity = presenceIdentity({ id: userId, displayName }, perspective);
    const ydoc = new Y.Doc();
    const copyName = offlineCacheName(userId, collaborationName);
    const cache = openOfflineCache(copyName, ydoc);
    const unsent = trackUnsentChanges();
    let provider: HocuspocusProvider | null = null;
    let cancelled = false;
    let cacheLoaded = false;
    let hasConnected = false;
    let stopped = false;
    let lastActivity: Activity | null = null;
    let cleanupConnection = () => {};

    // Neither read back from this device nor received from the server: the person's own
    // words, on this device only until the server confirms them.
    const flagOwnEdits = (_update: Uint8Array, origin: unknown) => {
      if (origin === cache || (provider !== null && origin === provider)) return;
      flagUnsentEdits(copyName);
    };
    ydoc.on('update', flagOwnEdits);

    cache.on('synced', () => {
      cacheLoaded = true;
      // A device opening the document for the first time has an empty copy; the server's
      // content is still to come.
      if (!cancelled && ydoc.store.clients.size > 0) setContentReady(true);
    });

    // Whatever the copy held is gone with it: nothing left for sign-out to warn about.
    const removeCopy = () => {
      unsent.forget();
      clearUnsentEdits(copyName);
      return deleteOfflineCache(cache);
    };
    discard.current = removeCopy;

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
      // So are edits made while the socket is not open. Queued until it opens again, they
      // would be confirmed one by one after the new handshake had begun, and the provider,
      // which then restarts its count at one, would report nothing unconfirmed while the
      // handshake's own reply was still on its way.
      ydoc.off('update', live.boundDocumentUpdateHandler);
      const forwardLocalEdits = (update: Uint8Array, origin: unknown) => {
        if (origin === cache || socket.webSocket?.readyState !== SOCKET_OPEN) return;
        live.boundDocumentUpdateHandler(update, origin);
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
        // Everything this device holds has reached the server: the handshake sends all the
        // server lacks, once the copy has loaded, and confirms it like any other change.
        if (cacheLoaded && live.isSynced && live.unsyncedChanges === 0) clearUnsentEdits(copyName);
        const next: ConnectionFacts = {
          socket: status,
          synced: live.isSynced,
          unsyncedChanges: live.unsyncedChanges,
          browserOnline: navigator.onLine,
          hasConnected,
          stopped,
        };
        setFacts((previous) => (sameConnectionFacts(previous, next) ? previous : next));
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

      const stop = (reason: StopReason, removesCopy: boolean) => {
        if (stopped) return;
        stopped = true;
        reconnector.stop();
        setStopReason(reason);
        setAwaitingRights(false);
        // Retrying would only be refused again; the explanation tells the person what to do.
        live.disconnect();
        // Someone who may no longer read the document should not keep a copy of it.
        if (removesCopy) {
          copyRemoved = true;
          // Never rejects, and gives up waiting on storage that does not answer.
          void removeCopy();
        }
        refresh();
      };

      const rejoin = (cause: CloseCodeName) => {
        if (stopped) return;
        if (cause === 'AccessChanged') {
          setAwaitingRights(true);
          handlers.current.onAccessChanged?.();
        }
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
        // A real close has already marked the socket disconnected; a close message for this
        // document alone leaves it connected.
        const outcome = outcomeOfClose(event.code, event.reason, socket.status === 'connected');
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
      live.on('authenticated', ({ scope }: { scope: string }) => {
        setServerReadOnly(scope === 'readonly');
        setAwaitingRights(false);
      });
      live.on('awarenessChange', refreshPeople);
      const onDetailsChanged = () => handlers.current.onDetailsChanged?.();
      const onCommentsChanged = (event: CommentsChangedEvent) => handlers.current.onCommentsChanged?.(event);
      const stopListening = listenForServerEvents(live, { onDetailsChanged, onCommentsChanged });
      window.addEventListener('online', reconnectWhenOnline);
      window.addEventListener('offline', refresh);
      document.addEventListener('visibilitychange', publish);

      publish();
      refresh();
      refreshPeople();
      setSession({ ydoc, provider: live, identity });

      cleanupConnection = () => {
        reconnector.stop();
        stopListening();
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
      ydoc.off('update', flagOwnEdits);
      provider?.destroy();
      // Never rejects, and gives up waiting on storage that does not answer. Before the
      // document is destroyed, which would otherwise close the copy without either.
      void closeOfflineCache(cache);
      ydoc.destroy();
      setSession(null);
      setPeople([]);
      setFacts(initialConnectionFacts);
      setStopReason(null);
      setServerReadOnly(false);
      setContentReady(false);
      setAwaitingRights(false);
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
    awaitingRights,
    setActivity,
    discardOfflineCopy,
  };
}
