import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { FakeCollaborationSocket, type SentSync, serverMessage } from '../testing/FakeCollaborationSocket.ts';
import { DOCUMENT_NAME, serverDoes, settle } from '../testing/playCollaborationServer.ts';
import { sendOwnEditsWhileOpen } from './sendOwnEditsWhileOpen.ts';

/** Stands for this device's copy, whose content read back is not a new edit. */
const copy = { name: 'this device' };

interface Device {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Types at the end of the text, as a person does: each letter follows the one before. */
  type: (letters: string) => void;
  stop: () => void;
}

const devices: Device[] = [];

function openDevice(): Device {
  const ydoc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: 'ws://roundtable.test/collab' });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: DOCUMENT_NAME, document: ydoc });
  provider.attach();
  const stop = sendOwnEditsWhileOpen(provider, copy);
  const text = ydoc.getText('words');
  const device = {
    ydoc,
    provider,
    socket,
    type: (letters: string) => {
      for (const letter of letters) text.insert(text.length, letter);
    },
    stop,
  };
  devices.push(device);
  return device;
}

/**
 * Plays a server that, like Roundtable's, takes an update only when it has everything it
 * builds on (otherwise it would be held back, or refused): applies each change the page
 * sent from `from` on, in order, checking each as it arrives.
 */
function serverTakes(server: Y.Doc, sent: SentSync[]): void {
  for (const change of sent) {
    if (change.step === 'one') continue;
    Y.applyUpdate(server, change.payload);
    expect(server.store.pendingStructs, `a ${change.step} that builds on words the server lacks`).toBeNull();
  }
}

describe('sendOwnEditsWhileOpen', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeCollaborationSocket);
    FakeCollaborationSocket.instances = [];
  });

  afterEach(() => {
    for (const device of devices.splice(0)) {
      device.stop();
      device.provider.destroy();
      device.socket.destroy();
    }
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('sends nothing on its own until the server has answered the handshake; what came before is in the device’s answer', async () => {
    const device = openDevice();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    device.type('ab');
    await serverDoes(() => socket.receive(serverMessage.authenticated(DOCUMENT_NAME, 'read-write')));
    device.type('c');
    expect(socket.sentSyncs().map((sync) => sync.step)).toEqual(['one']);

    const server = new Y.Doc();
    await serverDoes(() => socket.receive(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(server))));
    const answer = socket.sentSyncs().at(-1);
    expect(answer?.step).toBe('two');
    await serverDoes(() => socket.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(server))));
    // Nothing typed since the answer: nothing more to send.
    expect(socket.sentChanges()).toHaveLength(1);
    serverTakes(server, socket.sentSyncs());
    expect(server.getText('words').toString()).toBe('abc');

    await serverDoes(() => socket.receive(serverMessage.applied(DOCUMENT_NAME)));
    expect(device.provider.unsyncedChanges).toBe(0);
    device.type('d');
    expect(socket.sentSyncs().at(-1)?.step).toBe('update');
    expect(device.provider.unsyncedChanges).toBe(1);
  });

  it('keeps typing continuously through a reconnect without sending anything the server could not take, and loses nothing', async () => {
    const device = openDevice();
    const server = new Y.Doc();
    const first = FakeCollaborationSocket.latest();
    await serverDoes(() => first.accept());
    await serverDoes(() => {
      first.receive(serverMessage.authenticated(DOCUMENT_NAME, 'read-write'));
      first.receive(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(server)));
    });
    await serverDoes(() => first.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(server))));
    device.type('Online. ');
    serverTakes(server, first.sentSyncs());

    // The signal goes; the person keeps typing at every step of coming back.
    await serverDoes(() => first.closedWith(1006, ''));
    device.type('Offline. ');
    await settle(5000);
    const second = FakeCollaborationSocket.latest();
    expect(second).not.toBe(first);
    device.type('Connecting. ');
    await serverDoes(() => second.accept());
    device.type('Open. ');
    await serverDoes(() => second.receive(serverMessage.authenticated(DOCUMENT_NAME, 'read-write')));
    device.type('Let in. ');
    // Hocuspocus asks for the device's answer just before it sends its own.
    await serverDoes(() => second.receive(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(server))));
    device.type('Answered. ');
    const answerOnward = second.sentSyncs().filter((sync) => sync.step !== 'one');
    expect(answerOnward.map((sync) => sync.step)).toEqual(['two']);
    await serverDoes(() => second.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(server))));
    device.type('Synced.');

    serverTakes(server, second.sentSyncs());
    expect(server.getText('words').toString()).toBe('Online. Offline. Connecting. Open. Let in. Answered. Synced.');
    // One answer, then everything typed after it in one update, then each letter typed once synced.
    expect(second.sentChanges().map((sync) => sync.step)).toEqual([
      'two',
      'update',
      ...Array.from('Synced.', () => 'update'),
    ]);
    for (const _change of second.sentChanges()) {
      await serverDoes(() => second.receive(serverMessage.applied(DOCUMENT_NAME)));
    }
    expect(device.provider.unsyncedChanges).toBe(0);
  });

  it('sends nothing on a connection that may only read; the words wait on the device', async () => {
    const device = openDevice();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    await serverDoes(() => {
      socket.receive(serverMessage.authenticated(DOCUMENT_NAME, 'readonly'));
      socket.receive(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(new Y.Doc())));
    });
    device.type('between');
    await serverDoes(() => socket.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(new Y.Doc()))));
    device.type(' and after');
    expect(socket.sentSyncs().filter((sync) => sync.step === 'update')).toEqual([]);
    expect(device.ydoc.getText('words').toString()).toBe('between and after');
  });

  it('does not send words read back from this device’s copy', async () => {
    const device = openDevice();
    const socket = FakeCollaborationSocket.latest();
    await serverDoes(() => socket.accept());
    await serverDoes(() => {
      socket.receive(serverMessage.authenticated(DOCUMENT_NAME, 'read-write'));
      socket.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(new Y.Doc())));
    });
    const earlier = new Y.Doc();
    earlier.getText('words').insert(0, 'written by Ada, read back from this device');
    Y.applyUpdate(device.ydoc, Y.encodeStateAsUpdate(earlier), copy);
    expect(socket.sentSyncs().filter((sync) => sync.step === 'update')).toEqual([]);
  });
});
