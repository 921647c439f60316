import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { collaborationToken, SESSION_COOKIE } from '@roundtable/shared';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { BenchClient, ConnectTarget } from './BenchClient.ts';

/**
 * A Hocuspocus provider in Node, one websocket per person like one browser tab, sending
 * the session cookie and Origin a browser would. Used for Roundtable and bare Hocuspocus.
 */
export function connectHocuspocusClient(target: ConnectTarget, documentName: string): BenchClient {
  const headers: Record<string, string> = { origin: target.origin };
  if (target.sessionCookie) headers.cookie = `${SESSION_COOKIE}=${target.sessionCookie}`;
  class BrowserLikeWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: target.wsUrl,
    WebSocketPolyfill: BrowserLikeWebSocket,
    // A dropped connection must show up as incomplete delivery, not be papered over.
    maxAttempts: 1,
  });
  const ydoc = new Y.Doc();
  // Roundtable refuses a page that does not say which document schema it knows; bare Hocuspocus ignores the token.
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: ydoc,
    token: collaborationToken(),
  });
  provider.attach();
  let destroyed = false;
  let unexpectedCloses = 0;
  socket.on('close', () => {
    if (!destroyed) unexpectedCloses += 1;
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    provider.on('synced', () => resolve());
  });
  return {
    ydoc,
    awareness: provider.awareness as NonNullable<typeof provider.awareness>,
    synced,
    get unexpectedCloses() {
      return unexpectedCloses;
    },
    destroy() {
      destroyed = true;
      provider.destroy();
      socket.destroy();
      ydoc.destroy();
    },
  };
}
