import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { collaborationToken, SESSION_COOKIE } from '@roundtable/shared';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface Closed {
  code: number;
  reason: string;
}

export interface ConnectedDocument {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves when the server closes the websocket. */
  closed: Promise<Closed>;
  /** Resolves with the reason if the server refuses this document. */
  refused: Promise<string>;
  synced: Promise<void>;
  destroy(): void;
}

/** A real provider in Node, connected as a signed-in person (their session cookie), like a browser tab. */
export function connectDocument(
  wsUrl: string,
  documentName: string,
  cookie: string | undefined,
  /** `token`: what the page sends as its provider token; by default, as the current web client does. */
  options: { ydoc?: Y.Doc; origin?: string; token?: string } = {},
): ConnectedDocument {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = `${SESSION_COOKIE}=${cookie}`;
  if (options.origin) headers.origin = options.origin;
  class CookieWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: CookieWebSocket,
    // Tests look at the first close; they reconnect explicitly when they mean to.
    maxAttempts: 1,
  });
  const ydoc = options.ydoc ?? new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: ydoc,
    token: options.token ?? collaborationToken(),
  });
  provider.attach();
  const closed = new Promise<Closed>((resolve) => {
    socket.on('close', ({ event }: { event: Closed }) => resolve({ code: event.code, reason: String(event.reason) }));
  });
  const refused = new Promise<string>((resolve) => {
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason));
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.isSynced) resolve();
    provider.on('synced', () => resolve());
  });
  return {
    ydoc,
    provider,
    socket,
    closed,
    refused,
    synced,
    destroy() {
      // Closing a socket that is still connecting reports an error; at the end of a test it is expected.
      socket.webSocket?.addEventListener('error', () => {});
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until a condition holds, polling; fails with a clear message after the timeout. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
