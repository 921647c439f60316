import type { CloseCodeName } from '@roundtable/shared';

/** The part of the provider's websocket that reconnecting needs. */
export interface ReconnectableSocket {
  readonly status: 'connecting' | 'connected' | 'disconnected';
  connect(): Promise<unknown>;
  disconnect(): void;
}

const FIRST_DELAY_MS = 1000;
const LONGEST_DELAY_MS = 30_000;

/**
 * How long a connection must stay up after the document arrived before whatever was
 * wrong counts as passed. The document arrives before the server has accepted anything
 * this page sends; a server that then fails to store it closes the connection again.
 */
export const SETTLED_AFTER_MS = 30_000;

/**
 * How long to wait before coming back after the server asked us to. A changed document
 * (archived or restored) is rejoined at once the first time, so people learn their new
 * rights; a server that keeps saying so is backed off from like any other. After a
 * restart or a fault the wait doubles each time, and is spread out so that everyone who
 * was connected does not arrive in the same instant.
 */
export function reconnectDelayMs(cause: CloseCodeName, attempt: number, random: () => number = Math.random): number {
  if (cause === 'AccessChanged') {
    if (attempt === 0) return 0;
    return backOffMs(attempt - 1, random);
  }
  return backOffMs(attempt, random);
}

function backOffMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Brings a connection back after the server closed it (or refused it) for a reason that
 * will pass. The provider's own retry waits a fixed second after a socket that did open
 * closes, so a server that keeps failing would be asked again every second by every open
 * tab; this takes over that timing instead.
 */
export class Reconnector {
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Forgets the failed attempts once a connection has stayed up for a while. */
  private settledTimer: ReturnType<typeof setTimeout> | null = null;
  /** A delay waiting for the socket to finish closing before it can be opened again. */
  private delayAfterClose: number | null = null;
  private stopped = false;

  constructor(
    private readonly socket: ReconnectableSocket,
    private readonly random: () => number = Math.random,
  ) {}

  /** The server asked this page to come back later, or at once. */
  rejoin(cause: CloseCodeName): void {
    if (this.stopped) return;
    this.cancelTimer();
    this.cancelSettled();
    const delay = reconnectDelayMs(cause, this.attempt, this.random);
    this.attempt += 1;
    // Also closes a socket that stays open when only this document was closed or refused:
    // a fresh socket is a fresh start for the server too.
    this.socket.disconnect();
    this.delayAfterClose = delay;
    this.noteStatus();
  }

  /** Call on every status change of the socket. */
  noteStatus(): void {
    if (this.socket.status !== 'connected') this.cancelSettled();
    // connect() does nothing while the socket still counts as connected.
    if (this.delayAfterClose === null || this.socket.status !== 'disconnected') return;
    const delay = this.delayAfterClose;
    this.delayAfterClose = null;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.socket.connect();
    }, delay);
  }

  /**
   * The document arrived. Whatever was wrong has passed only if the connection then
   * stays up: otherwise a server that fails on what this page sends back would be asked
   * again every second, by every open tab, for ever.
   */
  noteSynced(): void {
    if (this.stopped) return;
    this.cancelSettled();
    this.settledTimer = setTimeout(() => {
      this.settledTimer = null;
      this.attempt = 0;
    }, SETTLED_AFTER_MS);
  }

  /** The network is back: try now rather than wait out a back-off. */
  reconnectNow(): void {
    if (this.stopped) return;
    if (this.delayAfterClose !== null) {
      this.delayAfterClose = 0;
      this.noteStatus();
      return;
    }
    this.cancelTimer();
    if (this.socket.status !== 'connected') void this.socket.connect();
  }

  /** Editing has stopped for good, or the page is closing. */
  stop(): void {
    this.stopped = true;
    this.delayAfterClose = null;
    this.cancelTimer();
    this.cancelSettled();
  }

  private cancelSettled(): void {
    if (this.settledTimer !== null) clearTimeout(this.settledTimer);
    this.settledTimer = null;
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
