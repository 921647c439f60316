import { vi } from 'vitest';
import * as Y from 'yjs';
import { FakeCollaborationSocket, serverMessage } from './FakeCollaborationSocket.ts';
import { latestCopy } from './fakeOfflineCache.ts';

/*
 * The server's side of a live document, played by a test over FakeCollaborationSocket,
 * with fake timers. Sam opens document d1 of project p1.
 */

export const DOCUMENT_NAME = 'project:p1:document:d1';
export const sam = { id: 'u-sam', displayName: 'Sam' };
/** The name of Sam's copy of the document on this device. */
export const SAMS_COPY = `roundtable:u-sam:${DOCUMENT_NAME}`;

/** Lets the provider's promises and zero-delay timers run. */
export async function settle(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

export async function serverDoes(action: () => void): Promise<void> {
  action();
  await settle();
}

/** This device's copy finishes loading, holding the words of `earlier` (written on an earlier visit). */
export async function loadDeviceCopy(earlier: Y.Doc = new Y.Doc()): Promise<void> {
  const copy = latestCopy();
  Y.applyUpdate(copy.ydoc as Y.Doc, Y.encodeStateAsUpdate(earlier), copy);
  copy.finishLoading();
  await settle();
}

/** A document holding one entry of words, as a device copy or the server may have it. */
export function docWithWords(key: string, words: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('words').set(key, words);
  return doc;
}

/** Plays the server's side of opening the document on the latest socket. */
export async function acceptAndSync(scope: 'read-write' | 'readonly' = 'read-write'): Promise<FakeCollaborationSocket> {
  const socket = FakeCollaborationSocket.latest();
  await serverDoes(() => socket.accept());
  await serverDoes(() => {
    socket.receive(serverMessage.authenticated(DOCUMENT_NAME, scope));
    socket.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(new Y.Doc())));
    socket.receive(serverMessage.applied(DOCUMENT_NAME));
  });
  return socket;
}

/**
 * Plays the server's side of the full handshake on the latest socket: it sends what the
 * page lacks and its own state vector; the page replies with what the server lacks,
 * which the test confirms (or not) itself.
 */
export async function acceptAndHandshake(server: Y.Doc): Promise<FakeCollaborationSocket> {
  const socket = FakeCollaborationSocket.latest();
  await serverDoes(() => socket.accept());
  await serverDoes(() => {
    socket.receive(serverMessage.authenticated(DOCUMENT_NAME, 'read-write'));
    socket.receive(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(server)));
    socket.receive(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(server)));
  });
  return socket;
}
