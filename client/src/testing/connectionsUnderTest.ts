import type { Perspective } from '@roundtable/shared';
import { afterEach, beforeEach, vi } from 'vitest';
import type { DocumentConnectionEvents } from '../collaboration/Collaboration.ts';
import { DocumentConnection } from '../collaboration/DocumentConnection.ts';
import { FakeCollaborationSocket } from './FakeCollaborationSocket.ts';
import { copies } from './fakeOfflineCache.ts';
import { acceptAndSync, DOCUMENT_NAME, loadDeviceCopy, sam } from './playCollaborationServer.ts';

/**
 * For a suite of DocumentConnection tests (which also mock ./offlineCache.ts with the fake
 * one): fake timers and sockets, an empty device store before each test, every connection
 * opened closed after it. Gives Sam's connections to the document.
 */
export function useConnectionsUnderTest() {
  const opened: DocumentConnection[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeCollaborationSocket);
    FakeCollaborationSocket.instances = [];
    copies.opened.length = 0;
    copies.deleted.length = 0;
    localStorage.clear();
  });
  afterEach(() => {
    for (const connection of opened.splice(0)) connection.close();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const open = (events: DocumentConnectionEvents = {}, perspective: Perspective = 'lived-experience') => {
    const connection = new DocumentConnection({ collaborationName: DOCUMENT_NAME, user: sam, perspective }, events);
    opened.push(connection);
    return connection;
  };
  return {
    open,
    /** Opens the document with an empty copy on this device, and the server lets the person in. */
    async openDocument(events: DocumentConnectionEvents = {}) {
      const connection = open(events);
      await loadDeviceCopy();
      await acceptAndSync();
      return connection;
    },
  };
}
