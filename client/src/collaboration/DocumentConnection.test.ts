import { CloseCode, closeReasons, collaborationToken } from '@roundtable/shared';
import { describe, expect, it, vi } from 'vitest';
import { useConnectionsUnderTest } from '../testing/connectionsUnderTest.ts';
import { FakeCollaborationSocket, serverMessage } from '../testing/FakeCollaborationSocket.ts';
import { copies } from '../testing/fakeOfflineCache.ts';
import {
  acceptAndSync,
  DOCUMENT_NAME,
  docWithWords,
  loadDeviceCopy,
  serverDoes,
  settle,
} from '../testing/playCollaborationServer.ts';
import { explainStopReason } from './stopReason.ts';

vi.mock('./offlineCache.ts', () => import('../testing/fakeOfflineCache.ts'));

describe('DocumentConnection', () => {
  const { open, openDocument } = useConnectionsUnderTest();

  it('keeps editing through a server restart: shows "Reconnecting…" and comes back by itself', async () => {
    const connection = await openDocument();
    expect(connection.getState().connectionState).toBe('saved');

    await serverDoes(() =>
      FakeCollaborationSocket.latest().closedWith(CloseCode.ServerRestarting, closeReasons.ServerRestarting),
    );
    expect(connection.getState().stopReason).toBeNull();
    expect(connection.getState().connectionState).toBe('reconnecting');

    await settle(1000);
    expect(FakeCollaborationSocket.instances).toHaveLength(2);
    await acceptAndSync();
    expect(connection.getState().connectionState).toBe('saved');
  });

  it('rejoins at once when the document is archived or restored, and follows the new rights both ways', async () => {
    const onAccessChanged = vi.fn();
    const connection = await openDocument({ onAccessChanged });
    expect(connection.getState().serverReadOnly).toBe(false);

    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.AccessChanged, ''));
    expect(FakeCollaborationSocket.instances).toHaveLength(2);
    expect(onAccessChanged).toHaveBeenCalledTimes(1);
    await acceptAndSync('readonly');
    expect(connection.getState().serverReadOnly).toBe(true);
    expect(connection.getState().stopReason).toBeNull();

    // Soon after the last time, so no longer at once: a server that keeps saying so is backed off from.
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.AccessChanged, ''));
    await settle(1000);
    expect(FakeCollaborationSocket.instances).toHaveLength(3);
    await acceptAndSync('read-write');
    expect(connection.getState().serverReadOnly).toBe(false);
  });

  it('tells the page when the document was archived while this page was away, and only once when it was told', async () => {
    const onAccessChanged = vi.fn();
    const connection = await openDocument({ onAccessChanged });
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(1006, ''));
    window.dispatchEvent(new Event('online'));
    await settle();
    await acceptAndSync('readonly');
    expect(connection.getState().serverReadOnly).toBe(true);
    expect(onAccessChanged).toHaveBeenCalledTimes(1);

    // Restored while connected: the server says so, and the new rights add nothing to tell.
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.AccessChanged, ''));
    await acceptAndSync('read-write');
    expect(onAccessChanged).toHaveBeenCalledTimes(2);
    expect(connection.getState().serverReadOnly).toBe(false);
  });

  it('asks the page to fetch the document details again when the server says they changed, and ignores other messages', async () => {
    const onDetailsChanged = vi.fn();
    open({ onDetailsChanged });
    await loadDeviceCopy();
    const socket = await acceptAndSync();

    await serverDoes(() =>
      socket.receive(serverMessage.stateless(DOCUMENT_NAME, '{"event":"document-details-changed"}')),
    );
    expect(onDetailsChanged).toHaveBeenCalledTimes(1);

    await serverDoes(() => {
      socket.receive(serverMessage.stateless(DOCUMENT_NAME, '{"event":"something-newer"}'));
      socket.receive(serverMessage.stateless(DOCUMENT_NAME, 'not json'));
    });
    expect(onDetailsChanged).toHaveBeenCalledTimes(1);
  });

  it('keeps this device copy after a server fault, and tries again', async () => {
    const connection = await openDocument();

    await serverDoes(() =>
      FakeCollaborationSocket.latest().closedWith(CloseCode.ServerError, closeReasons.ServerError),
    );
    expect(connection.getState().stopReason).toBeNull();
    expect(connection.getState().connectionState).toBe('reconnecting');
    await settle(1000);
    expect(FakeCollaborationSocket.instances).toHaveLength(2);

    // Refused during authentication on a socket that stays open: a fresh socket, later.
    const second = FakeCollaborationSocket.latest();
    await serverDoes(() => second.accept());
    await serverDoes(() => second.receive(serverMessage.permissionDenied(DOCUMENT_NAME, closeReasons.ServerError)));
    await settle();
    expect(connection.getState().stopReason).toBeNull();
    expect(second.readyState).toBe(3);
    await settle(2000);
    expect(FakeCollaborationSocket.instances).toHaveLength(3);
    expect(copies.deleted).toEqual([]);
  });

  it('keeps this device copy when refused for a reason it cannot name', async () => {
    const connection = open({}, 'professional');
    await loadDeviceCopy();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    await serverDoes(() => socket.receive(serverMessage.permissionDenied(DOCUMENT_NAME, 'permission-denied')));
    expect(connection.getState().stopReason).toBe('Refused');
    expect(copies.deleted).toEqual([]);
  });

  it('says which document schema its editor knows, so an older page can be told to reload', async () => {
    open();
    await loadDeviceCopy();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    const sentText = socket.sent.map((message) => new TextDecoder().decode(message));
    expect(sentText.some((text) => text.includes(collaborationToken()))).toBe(true);
  });

  it('stops for good, keeping this device copy, when the server says the page is out of date', async () => {
    const connection = open();
    await loadDeviceCopy(docWithWords('offline', 'written on the bus'));
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    await serverDoes(() => socket.receive(serverMessage.permissionDenied(DOCUMENT_NAME, closeReasons.ReloadNeeded)));
    expect(connection.getState().stopReason).toBe('ReloadNeeded');
    expect(connection.getState().connectionState).toBe('stopped');
    expect(copies.deleted).toEqual([]);
    await settle(60_000);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(FakeCollaborationSocket.instances).toHaveLength(1);
  });

  it('removes this device copy when the server says the person is not a member', async () => {
    const connection = open({}, 'professional');
    await loadDeviceCopy();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    await serverDoes(() => socket.receive(serverMessage.permissionDenied(DOCUMENT_NAME, closeReasons.NotAMember)));
    expect(connection.getState().stopReason).toBe('NotAMember');
    expect(copies.deleted).toEqual([`roundtable:u-sam:${DOCUMENT_NAME}`]);
  });

  it('stops, saying the person is not a member, when the server refuses and then closes the socket', async () => {
    const connection = open({}, 'professional');
    await loadDeviceCopy();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    await serverDoes(() => socket.receive(serverMessage.permissionDenied(DOCUMENT_NAME, closeReasons.NotAMember)));
    await serverDoes(() => socket.closedWith(CloseCode.NotAMember, closeReasons.NotAMember));
    expect(connection.getState().stopReason).toBe('NotAMember');
    expect(explainStopReason('NotAMember')).toBe('You are not a member of this project.');
    expect(copies.deleted).toEqual([`roundtable:u-sam:${DOCUMENT_NAME}`]);
  });

  it('stops, saying the person is not a member, when only the close reaches the page', async () => {
    const connection = await openDocument();
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.NotAMember, closeReasons.NotAMember));
    expect(connection.getState().stopReason).toBe('NotAMember');
    expect(connection.getState().connectionState).toBe('stopped');
    expect(copies.deleted).toEqual([`roundtable:u-sam:${DOCUMENT_NAME}`]);
    await settle(60_000);
    expect(FakeCollaborationSocket.instances).toHaveLength(1);
  });

  it('removes this device copy when the person is removed from the project', async () => {
    const connection = await openDocument();
    await serverDoes(() =>
      FakeCollaborationSocket.latest().closedWith(CloseCode.AccessRevoked, closeReasons.AccessRevoked),
    );
    expect(connection.getState().stopReason).toBe('AccessRevoked');
    expect(copies.deleted).toEqual([`roundtable:u-sam:${DOCUMENT_NAME}`]);
    await settle(60_000);
    expect(FakeCollaborationSocket.instances).toHaveLength(1);
  });

  it('reconnects at once when the browser comes back online', async () => {
    await openDocument();
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(1006, ''));
    expect(FakeCollaborationSocket.instances).toHaveLength(1);

    window.dispatchEvent(new Event('online'));
    await settle();
    expect(FakeCollaborationSocket.instances).toHaveLength(2);
  });

  it('rejoins on a fresh socket when the server closes only this document and keeps the socket open', async () => {
    const connection = await openDocument();
    const socket = FakeCollaborationSocket.latest();
    // What Hocuspocus sends after an exception while handling a message.
    await serverDoes(() => socket.receive(serverMessage.close(DOCUMENT_NAME, 'Reset Connection')));
    await settle();
    expect(socket.readyState).toBe(3);
    expect(connection.getState().stopReason).toBeNull();

    await settle(1000);
    expect(FakeCollaborationSocket.instances).toHaveLength(2);
    await acceptAndSync();
    connection.getState().session?.ydoc.getMap('words').set('after', 'sent at last');
    const sent = FakeCollaborationSocket.latest().sentChanges().at(-1);
    expect(sent?.step).toBe('update');
  });

  it('waits for the server before editing a document this device has never opened', async () => {
    const connection = open();
    await loadDeviceCopy();
    expect(connection.getState().contentReady).toBe(false);
    await acceptAndSync();
    expect(connection.getState().contentReady).toBe(true);
  });

  it('opens a document from this device copy while offline', async () => {
    const connection = open();
    await loadDeviceCopy(docWithWords('saved', 'kept on this device'));
    expect(connection.getState().contentReady).toBe(true);
  });

  it('pauses editing between the document being archived or restored and the server saying what is allowed now', async () => {
    const connection = await openDocument();
    expect(connection.getState().awaitingRights).toBe(false);
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.AccessChanged, ''));
    expect(connection.getState().awaitingRights).toBe(true);
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    expect(connection.getState().awaitingRights).toBe(true);
    await serverDoes(() => socket.receive(serverMessage.authenticated(DOCUMENT_NAME, 'readonly')));
    expect(connection.getState().awaitingRights).toBe(false);
    expect(connection.getState().serverReadOnly).toBe(true);
  });

  it('opens no new socket when the page closes while waiting to reconnect', async () => {
    const connection = await openDocument();
    await serverDoes(() =>
      FakeCollaborationSocket.latest().closedWith(CloseCode.ServerError, closeReasons.ServerError),
    );
    connection.close();
    await settle(60_000);
    expect(FakeCollaborationSocket.instances).toHaveLength(1);
  });

  it('tells whoever follows it about each change, and nothing more once closed', async () => {
    const connection = open();
    const seen: string[] = [];
    const unsubscribe = connection.subscribe(() => seen.push(connection.getState().connectionState));
    await loadDeviceCopy();
    await acceptAndSync();
    expect(seen.at(-1)).toBe('saved');
    expect(connection.getState().session).not.toBeNull();

    connection.close();
    expect(connection.getState().session).toBeNull();
    const count = seen.length;
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(1006, ''));
    expect(seen).toHaveLength(count);
    unsubscribe();
  });

  it('tells everyone what the person is doing, and that they are away while the tab is hidden', async () => {
    const connection = await openDocument();
    const awareness = connection.getState().session?.provider.awareness;
    connection.setActivity({ kind: 'editing', section: 'Priority 1' });
    expect(awareness?.getLocalState()?.activity).toEqual({ kind: 'editing', section: 'Priority 1' });

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(awareness?.getLocalState()?.activity).toEqual({ kind: 'away' });
    vi.restoreAllMocks();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(awareness?.getLocalState()?.activity).toEqual({ kind: 'editing', section: 'Priority 1' });
  });

  it('discards this device copy on request', async () => {
    const connection = await openDocument();
    await connection.discardOfflineCopy();
    expect(copies.deleted).toEqual([`roundtable:u-sam:${DOCUMENT_NAME}`]);
  });
});
