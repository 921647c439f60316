import { HocuspocusProvider } from '@hocuspocus/provider';
import type { PresenceIdentity } from '@roundtable/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { ACTIVITY_FIELD, type Activity, sameActivity } from './Activity.ts';
import { collaborationUrl } from './collaborationUrl.ts';
import { type ConnectionFacts, type ConnectionState, deriveConnectionState } from './connectionState.ts';
import { closeOfflineCache, offlineCacheName, openOfflineCache } from './offlineCache.ts';
import { type PresentPerson, peopleFromAwareness } from './PresentPerson.ts';
import { type StopReason, stopReasonFromAuthentication, stopReasonFromClose } from './stopReason.ts';

export interface CollaborationSession {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
}

export interface Collaboration {
  /** Null until the document and its connection exist (after the first effect). */
  session: CollaborationSession | null;
  connectionState: ConnectionState;
  people: PresentPerson[];
  /** Set when the server has closed the connection for good; editing must stop. */
  stopReason: StopReason | null;
  /** The server allows reading only (for example, an archived document). */
  serverReadOnly: boolean;
  /** Tells everyone else what you are doing; shown as away while the tab is hidden. */
  setActivity: (activity: Activity) => void;
}

interface Options {
  collaborationName: string;
  identity: PresenceIdentity;
}

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
 * Opens one live document for one person: the shared Y.Doc, its websocket connection,
 * a local copy kept on this device, and everyone's presence. The only code that
 * touches the provider and yjs directly.
 */
export function useCollaboration({ collaborationName, identity }: Options): Collaboration {
  const [session, setSession] = useState<CollaborationSession | null>(null);
  const [facts, setFacts] = useState<ConnectionFacts>(initialFacts);
  const [people, setPeople] = useState<PresentPerson[]>([]);
  const [stopReason, setStopReason] = useState<StopReason | null>(null);
  const [serverReadOnly, setServerReadOnly] = useState(false);

  const requestedActivity = useRef<Activity>({ kind: 'reading' });
  const publishActivity = useRef<() => void>(() => {});

  const identityRef = useRef(identity);
  identityRef.current = identity;
  const identityKey = `${identity.id}\u0000${identity.name}\u0000${identity.perspective}\u0000${identity.color}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: identityKey stands for the identity object, which is read through a ref so a new object with the same values does not reconnect.
  useEffect(() => {
    const you = identityRef.current;
    const ydoc = new Y.Doc();
    const cache = openOfflineCache(offlineCacheName(you.id, collaborationName), ydoc);
    const provider = new HocuspocusProvider({
      url: collaborationUrl(),
      name: collaborationName,
      document: ydoc,
      // The session cookie authenticates; the protocol still expects a token to be sent.
      token: 'cookie',
    });
    const awareness = provider.awareness;
    // Presence must be exactly the server-derived identity from the very first message.
    awareness?.setLocalStateField('user', you);

    let hasConnected = false;
    let stopped = false;
    let lastActivity: Activity | null = null;

    const refresh = () => {
      const socket = provider.configuration.websocketProvider.status;
      if (socket === 'connected') hasConnected = true;
      const next: ConnectionFacts = {
        socket,
        synced: provider.isSynced,
        unsyncedChanges: provider.unsyncedChanges,
        browserOnline: navigator.onLine,
        hasConnected,
        stopped,
      };
      setFacts((previous) => (sameFacts(previous, next) ? previous : next));
    };

    const refreshPeople = () => {
      if (!awareness) return;
      setPeople(peopleFromAwareness(awareness.getStates(), ydoc.clientID, you.id));
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
      provider.disconnect();
      refresh();
    };

    provider.on('status', refresh);
    provider.on('synced', refresh);
    provider.on('unsyncedChanges', refresh);
    provider.on('close', ({ event }: { event: { code: number; reason?: string } }) => {
      const reason = stopReasonFromClose(event.code, event.reason);
      if (reason) stop(reason);
      else refresh();
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => stop(stopReasonFromAuthentication(reason)));
    provider.on('authenticated', ({ scope }: { scope: string }) => setServerReadOnly(scope === 'readonly'));
    provider.on('awarenessChange', refreshPeople);

    window.addEventListener('online', refresh);
    window.addEventListener('offline', refresh);
    document.addEventListener('visibilitychange', publish);

    publish();
    refresh();
    refreshPeople();
    setSession({ ydoc, provider });

    return () => {
      window.removeEventListener('online', refresh);
      window.removeEventListener('offline', refresh);
      document.removeEventListener('visibilitychange', publish);
      publishActivity.current = () => {};
      provider.destroy();
      void closeOfflineCache(cache);
      ydoc.destroy();
      setSession(null);
      setPeople([]);
      setFacts(initialFacts);
      setStopReason(null);
      setServerReadOnly(false);
    };
  }, [collaborationName, identityKey]);

  const setActivity = useCallback((activity: Activity) => {
    requestedActivity.current = activity;
    publishActivity.current();
  }, []);

  return {
    session,
    connectionState: deriveConnectionState(facts),
    people,
    stopReason,
    serverReadOnly,
    setActivity,
  };
}
