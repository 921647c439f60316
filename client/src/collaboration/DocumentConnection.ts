import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import {
  type CloseCodeName,
  collaborationToken,
  type PresenceIdentity,
  presenceIdentity,
  type RenderedNode,
} from '@roundtable/shared';
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Activity } from './Activity.ts';
import type { DocumentConnectionEvents, DocumentConnectionOptions, DocumentState } from './Collaboration.ts';
import { collaborationUrl } from './collaborationUrl.ts';
import {
  type ConnectionFacts,
  deriveConnectionState,
  initialConnectionFacts,
  sameConnectionFacts,
} from './connectionState.ts';
import { forgetKeptWhileArchived, isKeptWhileArchived, markKeptWhileArchived } from './keptWhileArchived.ts';
import { LivePresence } from './LivePresence.ts';
import { listenForOutcomes } from './listenForOutcomes.ts';
import { closeOfflineCache, deleteOfflineCache, offlineCacheName, openOfflineCache } from './offlineCache.ts';
import { Reconnector } from './Reconnector.ts';
import { renderDeviceCopy } from './renderDeviceCopy.ts';
import { ServerReplies } from './ServerReplies.ts';
import { sendOwnEditsWhileOpen } from './sendOwnEditsWhileOpen.ts';
import { listenForServerEvents } from './serverEvents.ts';
import type { StopReason } from './stopReason.ts';
import { UnsentWorkReporter } from './UnsentWorkReporter.ts';

/** Before anything has happened, and after the document has closed. */
export const initialDocumentState: DocumentState = {
  session: null,
  connectionState: deriveConnectionState(initialConnectionFacts),
  people: [],
  contentReady: false,
  stopReason: null,
  serverReadOnly: false,
  awaitingRights: false,
};

/** If this device's storage never answers (private browsing, full disk), connect anyway. */
const LOCAL_COPY_TIMEOUT_MS = 3000;

/**
 * One live document for one person: the shared Y.Doc, a copy kept on this device, the
 * websocket connection, and everyone's presence. Opens when made and lives until
 * close(); its state is read with getState() and followed with subscribe().
 */
export class DocumentConnection {
  private state = initialDocumentState;
  private readonly listeners = new Set<() => void>();
  private readonly ydoc = new Y.Doc();
  private readonly identity: PresenceIdentity;
  private readonly copyName: string;
  private readonly cache: IndexeddbPersistence;
  private readonly unsent: UnsentWorkReporter;
  private provider: HocuspocusProvider | null = null;
  private socket: HocuspocusProviderWebsocket | null = null;
  private replies: ServerReplies | null = null;
  private facts = initialConnectionFacts;
  private requestedActivity: Activity = { kind: 'reading' };
  private presence: LivePresence | null = null;
  private closed = false;
  private cacheLoaded = false;
  private stopped = false;
  private disconnectListeners = () => {};
  private readonly timeout: ReturnType<typeof setTimeout>;

  constructor(
    private readonly options: DocumentConnectionOptions,
    private readonly events: DocumentConnectionEvents = {},
  ) {
    const { collaborationName, user, perspective } = options;
    this.identity = presenceIdentity(user, perspective);
    this.copyName = offlineCacheName(user.id, collaborationName);
    this.cache = openOfflineCache(this.copyName, this.ydoc);
    this.unsent = new UnsentWorkReporter(this.copyName);
    this.ydoc.on('update', this.flagOwnEdits);

    this.cache.on('synced', () => {
      this.cacheLoaded = true;
      // A device opening the document for the first time has an empty copy; the server's
      // content is still to come.
      if (!this.closed && this.ydoc.store.clients.size > 0) this.update({ contentReady: true });
    });

    // Connect only once this device's copy is in the document, so the handshake sends the
    // server exactly what it is missing, including anything written offline last time.
    this.timeout = setTimeout(() => this.connect(), LOCAL_COPY_TIMEOUT_MS);
    void this.cache.whenSynced.then(() => {
      clearTimeout(this.timeout);
      if (this.closed) return;
      if (!this.provider) this.connect();
      // Connected before this copy had loaded, so the handshake offered the server only
      // what was in memory then. Starting it again sends what was written offline last
      // time: the provider sends its state vector, the server answers with what this
      // device lacks and its own state vector, and the provider replies with everything
      // the server lacks.
      else if (!this.stopped) this.provider.forceSync();
    });
  }

  readonly getState = (): DocumentState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Tells everyone else what this person is doing; shown as away while the tab is hidden. */
  setActivity(activity: Activity): void {
    this.requestedActivity = activity;
    this.presence?.publish();
  }

  /**
   * Deletes this person's copy of the document on this device. Never rejects, and gives
   * up waiting on storage that does not answer.
   */
  discardOfflineCopy(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.unsent.forgetCopy();
    forgetKeptWhileArchived(this.copyName);
    return deleteOfflineCache(this.cache);
  }

  /** The document as this device holds it, including anything the server does not have. */
  readDeviceCopy(): RenderedNode {
    if (this.closed) return { type: 'doc' };
    return renderDeviceCopy(this.ydoc);
  }

  /**
   * The person chose to send the words kept while the document was archived: the next
   * page to open it sends them, as it sends anything else the server lacks.
   */
  releaseKeptChanges(): void {
    forgetKeptWhileArchived(this.copyName);
  }

  /** Lets go of everything: the connection, its listeners, the copy and the document. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timeout);
    this.disconnectListeners();
    this.unsent.stop();
    this.ydoc.off('update', this.flagOwnEdits);
    this.provider?.destroy();
    this.socket?.destroy();
    // Never rejects, and gives up waiting on storage that does not answer. Before the
    // document is destroyed, which would otherwise close the copy without either.
    void closeOfflineCache(this.cache);
    this.ydoc.destroy();
    this.state = initialDocumentState;
    this.notify();
  }

  // Neither read back from this device nor received from the server (nor Yjs tidying up
  // after it): the person's own words, on this device only until the server confirms them.
  private readonly flagOwnEdits = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.cache || (this.provider !== null && origin === this.provider)) return;
    if (this.replies?.applying) return;
    this.unsent.noteOwnEdit();
  };

  private update(change: Partial<DocumentState>): void {
    if (this.closed) return;
    this.state = { ...this.state, ...change };
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private connect(): void {
    if (this.closed) return;
    const { ydoc, cache, identity, unsent } = this;
    // Words the server would not take while the document was archived reach it only when
    // the person chooses: until then this page does not connect, and shows them read-only.
    const keeping = isKeptWhileArchived(this.copyName);
    const socket = new HocuspocusProviderWebsocket({ url: collaborationUrl(), autoConnect: !keeping });
    const live = new HocuspocusProvider({
      websocketProvider: socket,
      name: this.options.collaborationName,
      document: ydoc,
      // The session cookie authenticates; the token says which document schema this page's
      // editor knows, so that a server with a newer one can tell an old page to reload.
      token: collaborationToken(),
    });
    live.attach();
    this.provider = live;
    this.socket = socket;
    const reconnector = new Reconnector(socket);
    let hasConnected = false;

    const stopSending = sendOwnEditsWhileOpen(live, cache);
    const replies = new ServerReplies(live, () => {
      // Only the person's own words make this worth saying; Yjs's tidying up is not theirs.
      if (!unsent.holdsOwnEdits()) return;
      markKeptWhileArchived(this.copyName);
      stop('KeptWhileArchived', false);
    });
    this.replies = replies;

    const presence = new LivePresence(
      live,
      identity,
      this.options.user.id,
      () => this.requestedActivity,
      (people) => this.update({ people }),
    );
    this.presence = presence;

    const refresh = () => {
      const status = socket.status;
      if (status === 'connected') hasConnected = true;
      reconnector.noteStatus();
      // Everything this device holds has reached the server: the handshake sends all the
      // server lacks, once the copy has loaded, and confirms it like any other change.
      unsent.noteConnection(live.unsyncedChanges, this.cacheLoaded && live.isSynced && live.unsyncedChanges === 0);
      const next: ConnectionFacts = {
        socket: status,
        synced: live.isSynced,
        unsyncedChanges: live.unsyncedChanges,
        browserOnline: navigator.onLine,
        hasConnected,
        stopped: this.stopped,
      };
      if (sameConnectionFacts(this.facts, next)) return;
      this.facts = next;
      this.update({ connectionState: deriveConnectionState(next) });
    };

    const stop = (reason: StopReason, removesCopy: boolean) => {
      if (this.stopped) return;
      this.stopped = true;
      presence.stop();
      reconnector.stop();
      this.update({ stopReason: reason, awaitingRights: false });
      // Retrying would only be refused again; the explanation tells the person what to do.
      socket.disconnect();
      // Someone who may no longer read the document should not keep a copy of it.
      if (removesCopy) {
        unsent.copyRemovedForGood();
        // Never rejects, and gives up waiting on storage that does not answer.
        void this.discardOfflineCopy();
      }
      refresh();
    };

    const rejoin = (cause: CloseCodeName) => {
      if (this.stopped) return;
      if (cause === 'AccessChanged') {
        this.update({ awaitingRights: true });
        this.events.onAccessChanged?.();
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
      this.update({ contentReady: true });
      refresh();
    });
    live.on('unsyncedChanges', refresh);
    const admitted = (readOnly: boolean, changed: boolean) => {
      // Changed without the server saying so: archived or restored while this page was away.
      const unheardOf = changed && !this.state.awaitingRights;
      this.update({ serverReadOnly: readOnly, awaitingRights: false });
      if (unheardOf) this.events.onAccessChanged?.();
    };
    const stopFollowingOutcomes = listenForOutcomes(live, socket, { stop, rejoin, dropped: refresh, admitted });
    const stopListening = listenForServerEvents(live, {
      onDetailsChanged: () => this.events.onDetailsChanged?.(),
      onCommentsChanged: (event) => this.events.onCommentsChanged?.(event),
    });
    window.addEventListener('online', reconnectWhenOnline);
    window.addEventListener('offline', refresh);

    presence.publish();
    refresh();
    presence.refreshPeople();
    this.update({ session: { ydoc, provider: live, identity } });
    if (keeping) stop('KeptWhileArchived', false);

    this.disconnectListeners = () => {
      reconnector.stop();
      stopListening();
      window.removeEventListener('online', reconnectWhenOnline);
      window.removeEventListener('offline', refresh);
      presence.dispose();
      stopSending();
      stopFollowingOutcomes();
      replies.stop();
    };
  }
}
