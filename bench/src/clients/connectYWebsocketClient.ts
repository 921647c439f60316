import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BenchClient, ConnectTarget } from './BenchClient.ts';

/** y-websocket's own client provider, the counterpart of @y/websocket-server. */
export function connectYWebsocketClient(target: ConnectTarget, documentName: string): BenchClient {
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(target.wsUrl, documentName, ydoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    // A dropped connection must show up as incomplete delivery, not be papered over.
    shouldReconnect: () => false,
  });
  let destroyed = false;
  let unexpectedCloses = 0;
  provider.on('connection-close', () => {
    if (!destroyed) unexpectedCloses += 1;
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) resolve();
    });
  });
  return {
    ydoc,
    awareness: provider.awareness,
    synced,
    get unexpectedCloses() {
      return unexpectedCloses;
    },
    destroy() {
      destroyed = true;
      provider.destroy();
      ydoc.destroy();
    },
  };
}
