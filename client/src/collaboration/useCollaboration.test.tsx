import { CloseCode, closeReasons } from '@roundtable/shared';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { FakeCollaborationSocket, serverMessage } from '../testing/FakeCollaborationSocket.ts';
import { hasUnsentChanges } from './unsentChanges.ts';
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

    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.AccessChanged, ''));
    expect(FakeCollaborationSocket.instances).toHaveLength(3);
    await acceptAndSync('read-write');
    expect(result.current.serverReadOnly).toBe(false);
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

  it('tells sign-out about changes the server has not confirmed, until they are confirmed or the page closes', async () => {
    const { result, unmount } = await openDocument();
    expect(hasUnsentChanges()).toBe(false);

    await act(async () => result.current.session?.ydoc.getMap('words').set('new', 'typed just now'));
    expect(hasUnsentChanges()).toBe(true);
    await serverDoes(() => FakeCollaborationSocket.latest().receive(serverMessage.applied(NAME)));
    expect(hasUnsentChanges()).toBe(false);

    await act(async () => result.current.session?.ydoc.getMap('words').set('more', 'typed offline'));
    expect(hasUnsentChanges()).toBe(true);
    unmount();
    expect(hasUnsentChanges()).toBe(false);
  });

  it('discards this device copy on request', async () => {
    const { result, unmount } = await openDocument();
    await act(() => result.current.discardOfflineCopy());
    expect(copies.deleted).toEqual([`roundtable:u-sam:${NAME}`]);
    unmount();
  });
});
