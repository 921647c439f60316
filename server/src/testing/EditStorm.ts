import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { COLLABORATION_FIELD, collaborationToken, retryableCloseCodes, SESSION_COOKIE } from '@roundtable/shared';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** Which of its own changes a device sends on its own, rather than in its next handshake answer. */
export type StormWriterSending = 'once synced' | 'while open';

/**
 * One person typing numbered words ("w3-17 ") into a paragraph of their own through a
 * real provider that reconnects by itself, as a browser tab does. It counts, from the
 * device's side, which words the server has acknowledged: when the provider has no
 * unacknowledged changes left, every word typed so far was acknowledged. Tests that
 * make other edits use its document and provider as a web client's device.
 */
export class StormWriter {
  readonly ydoc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly paragraph = new Y.XmlElement('paragraph');
  private typed = 0;
  /** How many of this writer's words the server has acknowledged. */
  acknowledged = 0;
  /** Close codes that are not a plain restart: an honest device should never see one. */
  readonly refusals: number[] = [];
  /** Every close code the socket saw, in order, whoever closed it. */
  readonly closeCodes: number[] = [];
  /** Set while a reconnect waits for the last socket to finish closing. */
  private cancelReconnect: (() => void) | undefined;

  constructor(
    readonly name: string,
    wsUrl: string,
    documentName: string,
    cookie: string,
    sending: StormWriterSending = 'once synced',
  ) {
    const headers = { cookie: `${SESSION_COOKIE}=${cookie}` };
    class CookieWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    this.socket = new HocuspocusProviderWebsocket({
      url: wsUrl,
      WebSocketPolyfill: CookieWebSocket,
      delay: 50,
      minDelay: 50,
      maxDelay: 300,
      factor: 1.5,
      maxAttempts: 0,
    });
    this.socket.on('close', ({ event }: { event: { code: number } }) => {
      this.closeCodes.push(event.code);
      if (event.code >= 4000 && !retryableCloseCodes.has(event.code)) this.refusals.push(event.code);
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: documentName,
      document: this.ydoc,
      token: collaborationToken(),
    });
    this.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0 && this.provider.isSynced) this.acknowledged = this.typed;
    });
    this.sendOwnEdits(sending);
    // Presence first, as the web client's: it claims this device's client id for its person.
    this.provider.setAwarenessField('activity', { kind: 'writing' });
    this.provider.attach();
  }

  /**
   * Which changes the provider sends on its own; the rest are in the device's next
   * handshake answer. 'while open' sends every change made while the socket is open, as
   * the web client does (client/src/collaboration/sendOwnEditsWhileOpen.ts). 'once synced'
   * also waits for the server's handshake answer, which the server sends after asking
   * for the device's: changes made in between — such as the formatting clean-up Yjs makes
   * while applying the server's answer — then reach the server only at the next reconnect.
   */
  private sendOwnEdits(sending: StormWriterSending): void {
    this.ydoc.off('update', this.provider.boundDocumentUpdateHandler);
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this.provider || !this.isConnected) return;
      if (sending === 'once synced' ? !this.provider.isSynced : this.socket.webSocket?.readyState !== WebSocket.OPEN) {
        return;
      }
      this.provider.boundDocumentUpdateHandler(update, origin);
    });
  }

  get synced(): Promise<void> {
    return new Promise((resolve) => {
      if (this.provider.isSynced) resolve();
      else this.provider.on('synced', () => resolve());
    });
  }

  word(index: number): string {
    return `${this.name}-${index} `;
  }

  /** Types the next word (the first also makes the paragraph). */
  typeNext(): void {
    if (this.typed === 0) {
      this.paragraph.insert(0, [new Y.XmlText()]);
      this.ydoc.getXmlFragment(COLLABORATION_FIELD).push([this.paragraph]);
    }
    const text = this.paragraph.get(0) as Y.XmlText;
    text.insert(text.length, this.word(this.typed));
    this.typed += 1;
  }

  get isConnected(): boolean {
    return this.socket.status === 'connected';
  }

  /** Goes offline and stays offline, as a laptop that loses its network. */
  disconnect(): void {
    this.cancelReconnect?.();
    // Closing a socket that is still connecting reports an error, which a browser ignores.
    this.socket.webSocket?.addEventListener('error', () => {});
    this.socket.disconnect();
  }

  /** Comes back online after `disconnect`. */
  reconnect(): void {
    if (this.socket.status !== 'connected') {
      void this.socket.connect();
      return;
    }
    // The socket is still closing, and connecting now would take it for open and do nothing.
    this.cancelReconnect?.();
    const afterClose = () => {
      this.cancelReconnect?.();
      void this.socket.connect();
    };
    this.cancelReconnect = () => {
      this.socket.off('disconnect', afterClose);
      this.cancelReconnect = undefined;
    };
    this.socket.on('disconnect', afterClose);
  }

  /** The connection drops (the socket closes under the provider), which reconnects by itself. */
  dropConnection(): void {
    if (this.isConnected) this.socket.webSocket?.close();
  }

  get typedCount(): number {
    return this.typed;
  }

  destroy(): void {
    this.socket.webSocket?.addEventListener('error', () => {});
    this.provider.destroy();
    this.socket.destroy();
  }
}

/**
 * Every writer types a word every `everyMs` until stopped. While connected, a steady
 * writer waits for its last word to be acknowledged before typing the next (so the
 * device regularly knows exactly what was saved); offline, it keeps typing. A reckless
 * one never waits.
 */
export function storm(
  writers: StormWriter[],
  everyMs: number,
  pace: 'steady' | 'reckless' = 'steady',
): { stop(): void } {
  const timers = writers.map((writer, index) =>
    setTimeout(function tick() {
      const waiting = pace === 'steady' && writer.isConnected && writer.provider.unsyncedChanges > 0;
      if (!waiting) writer.typeNext();
      timers[index] = setTimeout(tick, everyMs);
    }, index % everyMs),
  );
  return {
    stop() {
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
