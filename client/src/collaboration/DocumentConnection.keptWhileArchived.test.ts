import { CloseCode } from '@roundtable/shared';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { useConnectionsUnderTest } from '../testing/connectionsUnderTest.ts';
import { FakeCollaborationSocket, serverMessage } from '../testing/FakeCollaborationSocket.ts';
import { copies } from '../testing/fakeOfflineCache.ts';
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
import type { DocumentConnection } from './DocumentConnection.ts';
import { isKeptWhileArchived } from './keptWhileArchived.ts';
import { signOutWouldLoseWork } from './signOutWouldLoseWork.ts';

vi.mock('./offlineCache.ts', () => import('../testing/fakeOfflineCache.ts'));

/** The server, holding `server`, lets the page in read-only (the document is archived) and asks for its answer. */
async function acceptArchived(server: Y.Doc = new Y.Doc()): Promise<FakeCollaborationSocket> {
  const socket = FakeCollaborationSocket.latest();
  await serverDoes(() => socket.accept());
  await serverDoes(() => {
    socket.receive(serverMessage.authenticated(DOCUMENT_NAME, 'readonly'));
    socket.receive(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(server)));
    socket.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(server)));
  });
  return socket;
}

/** Sam's words typed offline, then the page closed: what his device's copy holds next time. */
async function typedOfflineThenClosed(open: () => DocumentConnection, words: string): Promise<Y.Doc> {
  const connection = open();
  await loadDeviceCopy();
  await acceptAndSync();
  await serverDoes(() => FakeCollaborationSocket.latest().closedWith(1006, ''));
  connection.getState().session?.ydoc.getMap('words').set('offline', words);
  const onThisDevice = new Y.Doc();
  const ydoc = connection.getState().session?.ydoc;
  if (ydoc) Y.applyUpdate(onThisDevice, Y.encodeStateAsUpdate(ydoc));
  connection.close();
  return onThisDevice;
}

describe('DocumentConnection: words the server would not take because the document was archived', () => {
  const { open } = useConnectionsUnderTest();

  it('stops, says why, and keeps them on this device when the server refuses them', async () => {
    const onThisDevice = await typedOfflineThenClosed(open, 'written on the bus');
    const connection = open();
    await loadDeviceCopy(onThisDevice);
    const socket = await acceptArchived();
    expect(connection.getState().serverReadOnly).toBe(true);
    expect(socket.sentChanges().map((change) => change.step)).toEqual(['two']);

    await serverDoes(() => socket.receive(serverMessage.notApplied(DOCUMENT_NAME)));
    expect(connection.getState().stopReason).toBe('KeptWhileArchived');
    expect(connection.getState().connectionState).toBe('stopped');
    expect(socket.readyState).toBe(3);
    expect(copies.deleted).toEqual([]);
    expect(isKeptWhileArchived(SAMS_COPY)).toBe(true);
    expect(signOutWouldLoseWork()).toBe(true);
    expect(connection.getState().session?.ydoc.getMap('words').get('offline')).toBe('written on the bus');

    // Restored a minute later: this page does not come back by itself.
    await settle(60_000);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(FakeCollaborationSocket.instances.at(-1)).toBe(socket);
  });

  it('does not send them when the document is opened again, until the person chooses to', async () => {
    const onThisDevice = await typedOfflineThenClosed(open, 'written on the bus');
    const refused = open();
    await loadDeviceCopy(onThisDevice);
    const archived = await acceptArchived();
    await serverDoes(() => archived.receive(serverMessage.notApplied(DOCUMENT_NAME)));
    const socketsBefore = FakeCollaborationSocket.instances.length;
    refused.close();

    // Opened again after the document was restored: the words are shown, but nothing is sent.
    const again = open();
    await loadDeviceCopy(onThisDevice);
    await settle(10_000);
    expect(FakeCollaborationSocket.instances).toHaveLength(socketsBefore);
    expect(again.getState().stopReason).toBe('KeptWhileArchived');
    expect(again.getState().contentReady).toBe(true);
    expect(again.getState().session?.ydoc.getMap('words').get('offline')).toBe('written on the bus');

    // The person chooses to send them: the next page does, as it sends anything the server lacks.
    again.releaseKeptChanges();
    expect(isKeptWhileArchived(SAMS_COPY)).toBe(false);
    again.close();
    const sending = open();
    await loadDeviceCopy(onThisDevice);
    const server = new Y.Doc();
    const socket = await acceptAndHandshake(server);
    for (const change of socket.sentChanges()) Y.applyUpdate(server, change.payload);
    expect(server.getMap('words').get('offline')).toBe('written on the bus');
    expect(sending.getState().stopReason).toBeNull();
  });

  it('forgets them with this device’s copy', async () => {
    const onThisDevice = await typedOfflineThenClosed(open, 'written on the bus');
    const connection = open();
    await loadDeviceCopy(onThisDevice);
    const socket = await acceptArchived();
    await serverDoes(() => socket.receive(serverMessage.notApplied(DOCUMENT_NAME)));
    await connection.discardOfflineCopy();
    expect(isKeptWhileArchived(SAMS_COPY)).toBe(false);
    expect(copies.deleted).toEqual([SAMS_COPY]);
  });

  it('reads an archived document as before when this device has nothing of its own to send', async () => {
    const connection = open();
    await loadDeviceCopy(docWithWords('saved', 'sent last week'));
    const socket = await acceptArchived(docWithWords('saved', 'sent last week'));
    // What Yjs tidies after applying the server's words is not the person's.
    await serverDoes(() => socket.receive(serverMessage.notApplied(DOCUMENT_NAME)));
    expect(connection.getState().stopReason).toBeNull();
    expect(isKeptWhileArchived(SAMS_COPY)).toBe(false);
  });

  it('stops when the document is archived while the person’s last words are still on their way', async () => {
    const connection = open();
    await loadDeviceCopy();
    await acceptAndSync();
    connection.getState().session?.ydoc.getMap('words').set('last', 'typed as it was archived');
    await serverDoes(() => FakeCollaborationSocket.latest().closedWith(CloseCode.AccessChanged, ''));
    expect(connection.getState().awaitingRights).toBe(true);

    const socket = await acceptArchived();
    expect(connection.getState().serverReadOnly).toBe(true);
    await serverDoes(() => socket.receive(serverMessage.notApplied(DOCUMENT_NAME)));
    expect(connection.getState().stopReason).toBe('KeptWhileArchived');
    expect(isKeptWhileArchived(SAMS_COPY)).toBe(true);
  });
});
