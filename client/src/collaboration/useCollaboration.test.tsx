import { CloseCode, closeReasons } from '@roundtable/shared';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { FakeCollaborationSocket, serverMessage } from '../testing/FakeCollaborationSocket.ts';
import { hasUnsentChanges } from './unsentChanges.ts';
import { copiesWithUnsentEdits, flagUnsentEdits } from './unsentCopies.ts';
import { useCollaboration } from './useCollaboration.ts';

const copies = vi.hoisted(() => {
  /** This device's copy of a document, loaded when the test says so. */
  class FakeOfflineCopy {
    private readonly listeners: Array<() => void> = [];
    private resolveSynced: () => void = () => {};
    readonly whenSynced = new Promise<void>((resolve) => {
      this.resolveSynced = resolve;
    });

    constructor(
      readonly name: string,
      readonly ydoc: unknown,
    ) {}

    on(event: string, listener: () => void): void {
      if (event === 'synced') this.listeners.push(listener);
    }

    finishLoading(): void {
      for (const listener of this.listeners) listener();
      this.resolveSynced();
    }
  }
  return { FakeOfflineCopy, opened: [] as FakeOfflineCopy[], deleted: [] as string[] };
});

vi.mock('./offlineCache.ts', () => ({
  offlineCacheName: (userId: string, name: string) => `roundtable:${userId}:${name}`,
  openOfflineCache: (name: string, ydoc: unknown) => {
    const copy = new copies.FakeOfflineCopy(name, ydoc);
    copies.opened.push(copy);
    return copy;
  },
  closeOfflineCache: async () => {},
  deleteOfflineCache: async (copy: { name: string }) => {
    copies.deleted.push(copy.name);
  },
}));

const NAME = 'project:p1:document:d1';
const COPY = `roundtable:u-sam:${NAME}`;
const sam = { id: 'u-sam', displayName: 'Sam' };

function latestCopy() {
  const copy = copies.opened.at(-1);
  if (!copy) throw new Error('No offline copy was opened');
  return copy;
}

/** Lets the provider's promises and zero-delay timers run. */
async function settle(ms = 0): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** This device's copy finishes loading, holding words written on an earlier visit. */
async function loadDeviceCopyWithWords(): Promise<void> {
  const before = new Y.Doc();
  before.getMap('words').set('saved', 'kept on this device');
  const copy = latestCopy();
  await act(async () => {
    Y.applyUpdate(copy.ydoc as Y.Doc, Y.encodeStateAsUpdate(before), copy);
    copy.finishLoading();
  });
  await settle();
}

async function serverDoes(action: () => void): Promise<void> {
  await act(async () => action());
  await settle();
}

/** Plays the server's side of opening the document on the latest socket. */
async function acceptAndSync(scope: 'read-write' | 'readonly' = 'read-write'): Promise<FakeCollaborationSocket> {
  const socket = FakeCollaborationSocket.latest();
  await serverDoes(() => socket.accept());
  await serverDoes(() => {
    socket.receive(serverMessage.authenticated(NAME, scope));
    socket.receive(serverMessage.syncStep2(NAME, Y.encodeStateAsUpdate(new Y.Doc())));
    socket.receive(serverMessage.applied(NAME));
  });
  return socket;
}

/**
 * Plays the server's side of the full handshake on the latest socket: it sends what the
 * page lacks and its own state vector; the page replies with what the server lacks,
 * which the test confirms (or not) itself.
 */
async function acceptAndHandshake(server: Y.Doc): Promise<FakeCollaborationSocket> {
  const socket = FakeCollaborationSocket.latest();
  await serverDoes(() => socket.accept());
  await serverDoes(() => {
    socket.receive(serverMessage.authenticated(NAME, 'read-write'));
    socket.receive(serverMessage.syncStep2(NAME, Y.encodeStateAsUpdate(server)));
    socket.receive(serverMessage.syncStep1(NAME, Y.encodeStateVector(server)));
  });
  return socket;
}

function openHook(onAccessChanged?: () => void) {
  return renderHook(() =>
    useCollaboration({ collaborationName: NAME, user: sam, perspective: 'lived-experience', onAccessChanged }),
  );
}

async function openDocument(onAccessChanged?: () => void) {
  const hook = renderHook(() =>
    useCollaboration({ collaborationName: NAME, user: sam, perspective: 'lived-experience', onAccessChanged }),
  );
  await act(async () => latestCopy().finishLoading());
  await settle();
  await acceptAndSync();
  return hook;
}

describe('useCollaboration', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeCollaborationSocket);
    FakeCollaborationSocket.instances = [];
    copies.opened.length = 0;
    copies.deleted.length = 0;
    localStorage.clear();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('keeps editing through a server restart: shows "Reconnecting…" and comes back by itself', async () => {
    const { result, unmount } = await openDocument();
    expect(result.current.connectionState).toBe('saved');

    await serverDoes(() =>
      FakeCollaborationSocket.latest().closedWith(CloseCode.ServerRestarting, closeReasons.ServerRestarting),
    );
    expect(result.current.stopReason).toBeNull();
    expect(result.current.connectionState).toBe('reconnecting');

    await settle(1000);
    expect(FakeCollaborationSocket.instances).toHaveLength(2);
    await acceptAndSync();
    expect(result.current.connectionState).toBe('saved');
    unmount();
  });

  it('rejoins at once when the document is archived or restored, and follows the new rights both ways', async () => {
    const onAccessChanged = vi.fn();
    const { result, unmount } = await openDocument(onAccessChanged);
    expect(result.current.serverReadOnly).toBe(false);

    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.AccessChanged, ''));
    expect(FakeCollaborationSocket.instances).toHaveLength(2);
    expect(onAccessChanged).toHaveBeenCalledTimes(1);
    await acceptAndSync('readonly');
    expect(result.current.serverReadOnly).toBe(true);
    expect(result.current.stopReason).toBeNull();

    // Soon after the last time, so no longer at once: a server that keeps saying so is backed off from.
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.AccessChanged, ''));
    await settle(1000);
    expect(FakeCollaborationSocket.instances).toHaveLength(3);
    await acceptAndSync('read-write');
    expect(result.current.serverReadOnly).toBe(false);
    unmount();
  });

  it('asks the page to fetch the document details again when the server says they changed, and ignores other messages', async () => {
    const onDetailsChanged = vi.fn();
    const { unmount } = renderHook(() =>
      useCollaboration({ collaborationName: NAME, user: sam, perspective: 'lived-experience', onDetailsChanged }),
    );
    await act(async () => latestCopy().finishLoading());
    await settle();
    const socket = await acceptAndSync();

    await serverDoes(() => socket.receive(serverMessage.stateless(NAME, '{"event":"document-details-changed"}')));
    expect(onDetailsChanged).toHaveBeenCalledTimes(1);

    await serverDoes(() => {
      socket.receive(serverMessage.stateless(NAME, '{"event":"something-newer"}'));
      socket.receive(serverMessage.stateless(NAME, 'not json'));
    });
    expect(onDetailsChanged).toHaveBeenCalledTimes(1);
    unmount();
  });

  it('keeps this device copy after a server fault, and tries again', async () => {
    const { result, unmount } = await openDocument();

    await serverDoes(() =>
      FakeCollaborationSocket.latest().closedWith(CloseCode.ServerError, closeReasons.ServerError),
    );
    expect(result.current.stopReason).toBeNull();
    expect(result.current.connectionState).toBe('reconnecting');
    await settle(1000);
    expect(FakeCollaborationSocket.instances).toHaveLength(2);

    // Refused during authentication on a socket that stays open: a fresh socket, later.
    const second = FakeCollaborationSocket.latest();
    await serverDoes(() => second.accept());
    await serverDoes(() => second.receive(serverMessage.permissionDenied(NAME, closeReasons.ServerError)));
    await settle();
    expect(result.current.stopReason).toBeNull();
    expect(second.readyState).toBe(3);
    await settle(2000);
    expect(FakeCollaborationSocket.instances).toHaveLength(3);
    expect(copies.deleted).toEqual([]);
    unmount();
  });

  it('keeps this device copy when refused for a reason it cannot name', async () => {
    const { result, unmount } = renderHook(() =>
      useCollaboration({ collaborationName: NAME, user: sam, perspective: 'professional' }),
    );
    await act(async () => latestCopy().finishLoading());
    await settle();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    await serverDoes(() => socket.receive(serverMessage.permissionDenied(NAME, 'permission-denied')));
    expect(result.current.stopReason).toBe('Refused');
    expect(copies.deleted).toEqual([]);
    unmount();
  });

  it('removes this device copy when the server says the person is not a member', async () => {
    const { result, unmount } = renderHook(() =>
      useCollaboration({ collaborationName: NAME, user: sam, perspective: 'professional' }),
    );
    await act(async () => latestCopy().finishLoading());
    await settle();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    await serverDoes(() => socket.receive(serverMessage.permissionDenied(NAME, closeReasons.NotAMember)));
    expect(result.current.stopReason).toBe('NotAMember');
    expect(copies.deleted).toEqual([`roundtable:u-sam:${NAME}`]);
    unmount();
  });

  it('removes this device copy when the person is removed from the project', async () => {
    const { result, unmount } = await openDocument();
    await serverDoes(() =>
      FakeCollaborationSocket.latest().closedWith(CloseCode.AccessRevoked, closeReasons.AccessRevoked),
    );
    expect(result.current.stopReason).toBe('AccessRevoked');
    expect(copies.deleted).toEqual([`roundtable:u-sam:${NAME}`]);
    await settle(60_000);
    expect(FakeCollaborationSocket.instances).toHaveLength(1);
    unmount();
  });

  it('sends what a slow-loading device copy holds once it has loaded', async () => {
    const { unmount } = renderHook(() =>
      useCollaboration({ collaborationName: NAME, user: sam, perspective: 'professional' }),
    );
    // The copy takes longer than the page waits.
    await settle(3000);
    const socket = await acceptAndSync();
    const sentBefore = socket.sent.length;

    const offline = new Y.Doc();
    offline.getMap('words').set('offline', 'written on the bus');
    const copy = latestCopy();
    await act(async () => {
      Y.applyUpdate(copy.ydoc as Y.Doc, Y.encodeStateAsUpdate(offline), copy);
      copy.finishLoading();
    });
    await settle();

    const afterLoad = socket.sentSyncs().slice(-1);
    expect(afterLoad.map((sync) => sync.step)).toEqual(['one']);
    expect(socket.sent.length).toBe(sentBefore + 1);

    // The server answers with its own state vector; the reply carries what it lacks.
    const server = new Y.Doc();
    await serverDoes(() => socket.receive(serverMessage.syncStep1(NAME, Y.encodeStateVector(server))));
    const reply = socket.sentSyncs().at(-1);
    expect(reply?.step).toBe('two');
    if (reply) Y.applyUpdate(server, reply.payload);
    expect(server.getMap('words').get('offline')).toBe('written on the bus');
    unmount();
  });

  it('reconnects at once when the browser comes back online', async () => {
    const { unmount } = await openDocument();
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(1006, ''));
    expect(FakeCollaborationSocket.instances).toHaveLength(1);

    await act(async () => window.dispatchEvent(new Event('online')));
    await settle();
    expect(FakeCollaborationSocket.instances).toHaveLength(2);
    unmount();
  });

  it('tells sign-out about changes the server has not confirmed, until they are confirmed, even after the page closes', async () => {
    const { result, unmount } = await openDocument();
    expect(hasUnsentChanges()).toBe(false);

    await act(async () => result.current.session?.ydoc.getMap('words').set('new', 'typed just now'));
    expect(hasUnsentChanges()).toBe(true);
    await serverDoes(() => FakeCollaborationSocket.latest().receive(serverMessage.applied(NAME)));
    expect(hasUnsentChanges()).toBe(false);

    // Written on the bus, then back to "My projects".
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(1006, ''));
    const ydoc = result.current.session?.ydoc;
    if (!ydoc) throw new Error('No session');
    await act(async () => ydoc.getMap('words').set('more', 'typed offline'));
    const onThisDevice = Y.encodeStateAsUpdate(ydoc);
    unmount();
    expect(hasUnsentChanges()).toBe(true);
    expect(copiesWithUnsentEdits()).toEqual([COPY]);

    // Opened again (this page, after a reload, or another tab): the copy still holds the words.
    const again = openHook();
    const copy = latestCopy();
    await act(async () => {
      Y.applyUpdate(copy.ydoc as Y.Doc, onThisDevice, copy);
      copy.finishLoading();
    });
    await settle();
    const server = new Y.Doc();
    const socket = await acceptAndHandshake(server);
    expect(hasUnsentChanges()).toBe(true);
    const reply = socket.sentChanges().at(-1);
    if (reply) Y.applyUpdate(server, reply.payload);
    expect(server.getMap('words').get('more')).toBe('typed offline');
    await serverDoes(() => socket.receive(serverMessage.applied(NAME)));
    expect(hasUnsentChanges()).toBe(false);
    again.unmount();
  });

  it('keeps the warning until the server confirms the handshake that carries edits made while disconnected', async () => {
    const { result, unmount } = await openDocument();
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(1006, ''));
    await act(async () => {
      result.current.session?.ydoc.getMap('words').set('first', 'typed offline');
      result.current.session?.ydoc.getMap('words').set('second', 'typed offline too');
    });

    await act(async () => window.dispatchEvent(new Event('online')));
    await settle();
    const socket = await acceptAndHandshake(new Y.Doc());
    const changes = socket.sentChanges();
    expect(changes.length).toBeGreaterThan(0);
    // The server confirms all but the last; it may yet fail on that one.
    for (const _change of changes.slice(1)) {
      await serverDoes(() => socket.receive(serverMessage.applied(NAME)));
    }
    expect(copiesWithUnsentEdits()).toEqual([COPY]);
    expect(result.current.connectionState).not.toBe('saved');
    await serverDoes(() => socket.receive(serverMessage.applied(NAME)));
    expect(copiesWithUnsentEdits()).toEqual([]);
    expect(result.current.connectionState).toBe('saved');
    unmount();
  });

  it('sends edits made while the handshake is under way', async () => {
    const { result, unmount } = openHook();
    await loadDeviceCopyWithWords();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    // Hocuspocus sends its state vector first; the page answers at once with what it lacks.
    const server = new Y.Doc();
    await serverDoes(() => {
      socket.receive(serverMessage.authenticated(NAME, 'read-write'));
      socket.receive(serverMessage.syncStep1(NAME, Y.encodeStateVector(server)));
    });
    // Typed before the server's own content arrives, after that answer was sent.
    await act(async () => result.current.session?.ydoc.getMap('words').set('quick', 'typed at once'));
    await serverDoes(() => socket.receive(serverMessage.syncStep2(NAME, Y.encodeStateAsUpdate(server))));

    for (const change of socket.sentChanges()) Y.applyUpdate(server, change.payload);
    expect(server.getMap('words').get('quick')).toBe('typed at once');
    for (const _change of socket.sentChanges()) {
      await serverDoes(() => socket.receive(serverMessage.applied(NAME)));
    }
    expect(copiesWithUnsentEdits()).toEqual([]);
    unmount();
  });

  it('keeps the warning from last time while this device copy has not loaded yet', async () => {
    flagUnsentEdits(COPY);
    const { unmount } = openHook();
    // The copy takes longer than the page waits; the server has nothing more to ask for.
    await settle(3000);
    const socket = await acceptAndSync();
    expect(copiesWithUnsentEdits()).toEqual([COPY]);

    const offline = new Y.Doc();
    offline.getMap('words').set('offline', 'written on the bus');
    const copy = latestCopy();
    await act(async () => {
      Y.applyUpdate(copy.ydoc as Y.Doc, Y.encodeStateAsUpdate(offline), copy);
      copy.finishLoading();
    });
    await settle();
    await serverDoes(() => {
      socket.receive(serverMessage.syncStep2(NAME, Y.encodeStateAsUpdate(new Y.Doc())));
      socket.receive(serverMessage.syncStep1(NAME, Y.encodeStateVector(new Y.Doc())));
    });
    expect(copiesWithUnsentEdits()).toEqual([COPY]);
    await serverDoes(() => socket.receive(serverMessage.applied(NAME)));
    expect(copiesWithUnsentEdits()).toEqual([]);
    unmount();
  });

  it('does not take words received from the server or read back from this device for unsent ones', async () => {
    const { unmount } = openHook();
    const fromBefore = new Y.Doc();
    fromBefore.getMap('words').set('saved', 'sent last week');
    const copy = latestCopy();
    await act(async () => {
      Y.applyUpdate(copy.ydoc as Y.Doc, Y.encodeStateAsUpdate(fromBefore), copy);
      copy.finishLoading();
    });
    await settle();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    const server = new Y.Doc();
    server.getMap('words').set('theirs', 'typed by Ada');
    await serverDoes(() => socket.receive(serverMessage.syncStep2(NAME, Y.encodeStateAsUpdate(server))));
    expect(copiesWithUnsentEdits()).toEqual([]);
    unmount();
  });

  it('rejoins on a fresh socket when the server closes only this document and keeps the socket open', async () => {
    const { result, unmount } = await openDocument();
    const socket = FakeCollaborationSocket.latest();
    // What Hocuspocus sends after an exception while handling a message.
    await serverDoes(() => socket.receive(serverMessage.close(NAME, 'Reset Connection')));
    await settle();
    expect(socket.readyState).toBe(3);
    expect(result.current.stopReason).toBeNull();

    await settle(1000);
    expect(FakeCollaborationSocket.instances).toHaveLength(2);
    await acceptAndSync();
    await act(async () => result.current.session?.ydoc.getMap('words').set('after', 'sent at last'));
    const sent = FakeCollaborationSocket.latest().sentChanges().at(-1);
    expect(sent?.step).toBe('update');
    unmount();
  });

  it('waits for the server before editing a document this device has never opened', async () => {
    const { result, unmount } = openHook();
    await act(async () => latestCopy().finishLoading());
    await settle();
    expect(result.current.contentReady).toBe(false);
    await acceptAndSync();
    expect(result.current.contentReady).toBe(true);
    unmount();
  });

  it('opens a document from this device copy while offline', async () => {
    const { result, unmount } = openHook();
    await loadDeviceCopyWithWords();
    expect(result.current.contentReady).toBe(true);
    unmount();
  });

  it('pauses editing between the document being archived or restored and the server saying what is allowed now', async () => {
    const { result, unmount } = await openDocument();
    expect(result.current.awaitingRights).toBe(false);
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.AccessChanged, ''));
    expect(result.current.awaitingRights).toBe(true);
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    expect(result.current.awaitingRights).toBe(true);
    await serverDoes(() => socket.receive(serverMessage.authenticated(NAME, 'readonly')));
    expect(result.current.awaitingRights).toBe(false);
    expect(result.current.serverReadOnly).toBe(true);
    unmount();
  });

  it('opens no new socket when the page closes while waiting to reconnect', async () => {
    const { unmount } = await openDocument();
    await serverDoes(() =>
      FakeCollaborationSocket.latest().closedWith(CloseCode.ServerError, closeReasons.ServerError),
    );
    unmount();
    await settle(60_000);
    expect(FakeCollaborationSocket.instances).toHaveLength(1);
  });

  it('discards this device copy on request', async () => {
    const { result, unmount } = await openDocument();
    await act(() => result.current.discardOfflineCopy());
    expect(copies.deleted).toEqual([`roundtable:u-sam:${NAME}`]);
    unmount();
  });
});
