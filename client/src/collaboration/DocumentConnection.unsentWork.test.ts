import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { useConnectionsUnderTest } from '../testing/connectionsUnderTest.ts';
import { FakeCollaborationSocket, serverMessage } from '../testing/FakeCollaborationSocket.ts';
import {
  acceptAndHandshake,
  acceptAndSync,
  DOCUMENT_NAME,
  docWithWords,
  loadDeviceCopy,
  SAMS_COPY,
  serverDoes,
  settle,
} from '../testing/playCollaborationServer.ts';
import { signOutWouldLoseWork } from './signOutWouldLoseWork.ts';
import { copiesWithUnsentEdits, flagUnsentEdits } from './unsentEditFlags.ts';

vi.mock('./offlineCache.ts', () => import('../testing/fakeOfflineCache.ts'));

describe('DocumentConnection: words not yet on the server', () => {
  const { open, openDocument } = useConnectionsUnderTest();

  it('sends what a slow-loading device copy holds once it has loaded', async () => {
    open({}, 'professional');
    // The copy takes longer than the page waits.
    await settle(3000);
    const socket = await acceptAndSync();
    const sentBefore = socket.sent.length;

    await loadDeviceCopy(docWithWords('offline', 'written on the bus'));

    const afterLoad = socket.sentSyncs().slice(-1);
    expect(afterLoad.map((sync) => sync.step)).toEqual(['one']);
    expect(socket.sent.length).toBe(sentBefore + 1);

    // The server answers with its own state vector; the reply carries what it lacks.
    const server = new Y.Doc();
    await serverDoes(() => socket.receive(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(server))));
    const reply = socket.sentSyncs().at(-1);
    expect(reply?.step).toBe('two');
    if (reply) Y.applyUpdate(server, reply.payload);
    expect(server.getMap('words').get('offline')).toBe('written on the bus');
  });

  it('tells sign-out about changes the server has not confirmed, until they are confirmed, even after the page closes', async () => {
    const connection = await openDocument();
    expect(signOutWouldLoseWork()).toBe(false);

    connection.getState().session?.ydoc.getMap('words').set('new', 'typed just now');
    expect(signOutWouldLoseWork()).toBe(true);
    await serverDoes(() => FakeCollaborationSocket.latest().receive(serverMessage.applied(DOCUMENT_NAME)));
    expect(signOutWouldLoseWork()).toBe(false);

    // Written on the bus, then back to "My projects".
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(1006, ''));
    const ydoc = connection.getState().session?.ydoc;
    if (!ydoc) throw new Error('No session');
    ydoc.getMap('words').set('more', 'typed offline');
    const onThisDevice = new Y.Doc();
    Y.applyUpdate(onThisDevice, Y.encodeStateAsUpdate(ydoc));
    connection.close();
    expect(signOutWouldLoseWork()).toBe(true);
    expect(copiesWithUnsentEdits()).toEqual([SAMS_COPY]);

    // Opened again (this page, after a reload, or another tab): the copy still holds the words.
    open();
    await loadDeviceCopy(onThisDevice);
    const server = new Y.Doc();
    const socket = await acceptAndHandshake(server);
    expect(signOutWouldLoseWork()).toBe(true);
    const reply = socket.sentChanges().at(-1);
    if (reply) Y.applyUpdate(server, reply.payload);
    expect(server.getMap('words').get('more')).toBe('typed offline');
    await serverDoes(() => socket.receive(serverMessage.applied(DOCUMENT_NAME)));
    expect(signOutWouldLoseWork()).toBe(false);
  });

  it('keeps the warning until the server confirms the handshake that carries edits made while disconnected', async () => {
    const connection = await openDocument();
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(1006, ''));
    connection.getState().session?.ydoc.getMap('words').set('first', 'typed offline');
    connection.getState().session?.ydoc.getMap('words').set('second', 'typed offline too');

    window.dispatchEvent(new Event('online'));
    await settle();
    const socket = await acceptAndHandshake(new Y.Doc());
    const changes = socket.sentChanges();
    expect(changes.length).toBeGreaterThan(0);
    // The server confirms all but the last; it may yet fail on that one.
    for (const _change of changes.slice(1)) {
      await serverDoes(() => socket.receive(serverMessage.applied(DOCUMENT_NAME)));
    }
    expect(copiesWithUnsentEdits()).toEqual([SAMS_COPY]);
    expect(connection.getState().connectionState).not.toBe('saved');
    await serverDoes(() => socket.receive(serverMessage.applied(DOCUMENT_NAME)));
    expect(copiesWithUnsentEdits()).toEqual([]);
    expect(connection.getState().connectionState).toBe('saved');
  });

  it('sends edits made while the handshake is under way', async () => {
    const connection = open();
    await loadDeviceCopy(docWithWords('saved', 'kept on this device'));
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    // Hocuspocus sends its state vector first; the page answers at once with what it lacks.
    const server = new Y.Doc();
    await serverDoes(() => {
      socket.receive(serverMessage.authenticated(DOCUMENT_NAME, 'read-write'));
      socket.receive(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(server)));
    });
    // Typed before the server's own content arrives, after that answer was sent.
    connection.getState().session?.ydoc.getMap('words').set('quick', 'typed at once');
    await serverDoes(() => socket.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(server))));

    for (const change of socket.sentChanges()) Y.applyUpdate(server, change.payload);
    expect(server.getMap('words').get('quick')).toBe('typed at once');
    for (const _change of socket.sentChanges()) {
      await serverDoes(() => socket.receive(serverMessage.applied(DOCUMENT_NAME)));
    }
    expect(copiesWithUnsentEdits()).toEqual([]);
  });

  it('keeps the warning from last time while this device copy has not loaded yet', async () => {
    flagUnsentEdits(SAMS_COPY);
    open();
    // The copy takes longer than the page waits; the server has nothing more to ask for.
    await settle(3000);
    const socket = await acceptAndSync();
    expect(copiesWithUnsentEdits()).toEqual([SAMS_COPY]);

    await loadDeviceCopy(docWithWords('offline', 'written on the bus'));
    await serverDoes(() => {
      socket.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(new Y.Doc())));
      socket.receive(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(new Y.Doc())));
    });
    expect(copiesWithUnsentEdits()).toEqual([SAMS_COPY]);
    await serverDoes(() => socket.receive(serverMessage.applied(DOCUMENT_NAME)));
    expect(copiesWithUnsentEdits()).toEqual([]);
  });

  it('does not take words received from the server or read back from this device for unsent ones', async () => {
    open();
    await loadDeviceCopy(docWithWords('saved', 'sent last week'));
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    const server = docWithWords('theirs', 'typed by Ada');
    await serverDoes(() => socket.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(server))));
    expect(copiesWithUnsentEdits()).toEqual([]);
  });
});
