import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ReconnectableSocket, Reconnector, reconnectDelayMs, SETTLED_AFTER_MS } from './Reconnector.ts';

/** Behaves like the provider's socket: connect() does nothing while it counts as connected. */
class FakeSocket implements ReconnectableSocket {
  status: ReconnectableSocket['status'] = 'disconnected';
  connects = 0;
  disconnects = 0;

  connect(): Promise<void> {
    if (this.status !== 'connected') {
      this.connects += 1;
      this.status = 'connecting';
    }
    return Promise.resolve();
  }

  disconnect(): void {
    this.disconnects += 1;
  }
}

const noJitter = () => 1;

describe('reconnectDelayMs', () => {
  it('rejoins a changed document at once, but backs off from a server that keeps saying so', () => {
    expect(reconnectDelayMs('AccessChanged', 0, noJitter)).toBe(0);
    expect(reconnectDelayMs('AccessChanged', 1, noJitter)).toBe(1000);
    expect(reconnectDelayMs('AccessChanged', 4, noJitter)).toBe(8000);
    expect(reconnectDelayMs('AccessChanged', 20, noJitter)).toBe(30_000);
  });

  it('backs off after a restart or a fault, up to half a minute, spread out', () => {
    expect(reconnectDelayMs('ServerError', 0, noJitter)).toBe(1000);
    expect(reconnectDelayMs('ServerError', 3, noJitter)).toBe(8000);
    expect(reconnectDelayMs('ServerRestarting', 20, noJitter)).toBe(30_000);
    expect(reconnectDelayMs('ServerError', 3, () => 0)).toBe(4000);
  });
});

describe('Reconnector', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reconnects at once after the server closed the socket because rights changed', () => {
    const socket = new FakeSocket();
    const reconnector = new Reconnector(socket, noJitter);
    reconnector.rejoin('AccessChanged');
    // Cancels the socket's own fixed one-second retry.
    expect(socket.disconnects).toBe(1);
    vi.advanceTimersByTime(0);
    expect(socket.connects).toBe(1);
  });

  it('waits longer each time a failing server closes the socket', () => {
    const socket = new FakeSocket();
    const reconnector = new Reconnector(socket, noJitter);
    reconnector.rejoin('ServerError');
    vi.advanceTimersByTime(999);
    expect(socket.connects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(socket.connects).toBe(1);

    socket.status = 'disconnected';
    reconnector.rejoin('ServerError');
    vi.advanceTimersByTime(1999);
    expect(socket.connects).toBe(1);
    vi.advanceTimersByTime(1);
    expect(socket.connects).toBe(2);
  });

  it('keeps backing off when the document arrives but the server fails on what it is sent back', () => {
    const socket = new FakeSocket();
    const reconnector = new Reconnector(socket, noJitter);
    for (const wait of [1000, 2000, 4000, 8000]) {
      socket.status = 'disconnected';
      reconnector.rejoin('ServerError');
      vi.advanceTimersByTime(wait - 1);
      const before = socket.connects;
      vi.advanceTimersByTime(1);
      expect(socket.connects).toBe(before + 1);
      // Sync step 2 arrives, then the server closes again a moment later.
      socket.status = 'connected';
      reconnector.noteStatus();
      reconnector.noteSynced();
      vi.advanceTimersByTime(500);
      socket.status = 'disconnected';
      reconnector.noteStatus();
      // Even long after, a closed connection never counts as having settled.
      vi.advanceTimersByTime(SETTLED_AFTER_MS);
    }
  });

  it('starts again from a short wait once a connection has stayed up after the document arrived', () => {
    const socket = new FakeSocket();
    const reconnector = new Reconnector(socket, noJitter);
    reconnector.rejoin('ServerError');
    vi.advanceTimersByTime(1000);
    socket.status = 'disconnected';
    reconnector.rejoin('ServerError');
    vi.advanceTimersByTime(2000);
    expect(socket.connects).toBe(2);

    socket.status = 'connected';
    reconnector.noteStatus();
    reconnector.noteSynced();
    vi.advanceTimersByTime(SETTLED_AFTER_MS);
    socket.status = 'disconnected';
    reconnector.rejoin('ServerError');
    vi.advanceTimersByTime(1000);
    expect(socket.connects).toBe(3);
  });

  it('does not count a connection as settled once it has been asked to rejoin', () => {
    const socket = new FakeSocket();
    const reconnector = new Reconnector(socket, noJitter);
    reconnector.rejoin('ServerError');
    vi.advanceTimersByTime(1000);
    socket.status = 'connected';
    reconnector.noteSynced();
    // Closed for one document only, on a socket that stays open for a while yet.
    reconnector.rejoin('ServerError');
    vi.advanceTimersByTime(SETTLED_AFTER_MS);
    socket.status = 'disconnected';
    reconnector.noteStatus();
    vi.advanceTimersByTime(2000);
    expect(socket.connects).toBe(2);

    socket.status = 'disconnected';
    reconnector.rejoin('ServerError');
    vi.advanceTimersByTime(3999);
    expect(socket.connects).toBe(2);
    vi.advanceTimersByTime(1);
    expect(socket.connects).toBe(3);
  });

  it('backs off from a server that keeps saying the document changed', () => {
    const socket = new FakeSocket();
    const reconnector = new Reconnector(socket, noJitter);
    reconnector.rejoin('AccessChanged');
    vi.advanceTimersByTime(0);
    expect(socket.connects).toBe(1);
    socket.status = 'disconnected';
    reconnector.rejoin('AccessChanged');
    vi.advanceTimersByTime(999);
    expect(socket.connects).toBe(1);
    vi.advanceTimersByTime(1);
    expect(socket.connects).toBe(2);
  });

  it('waits for a socket that stays open to close before opening a fresh one', () => {
    const socket = new FakeSocket();
    socket.status = 'connected';
    const reconnector = new Reconnector(socket, noJitter);
    reconnector.rejoin('AccessChanged');
    expect(socket.disconnects).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(socket.connects).toBe(0);

    socket.status = 'disconnected';
    reconnector.noteStatus();
    vi.advanceTimersByTime(0);
    expect(socket.connects).toBe(1);
  });

  it('tries at once when the network comes back, instead of waiting out the back-off', () => {
    const socket = new FakeSocket();
    const reconnector = new Reconnector(socket, noJitter);
    reconnector.rejoin('ServerRestarting');
    reconnector.reconnectNow();
    expect(socket.connects).toBe(1);
    // The cancelled wait does not connect a second time.
    vi.advanceTimersByTime(60_000);
    expect(socket.connects).toBe(1);

    // Even with nothing planned here, a socket in the provider's own back-off is woken.
    socket.status = 'disconnected';
    reconnector.reconnectNow();
    expect(socket.connects).toBe(2);
  });

  it('does nothing once editing has stopped', () => {
    const socket = new FakeSocket();
    const reconnector = new Reconnector(socket, noJitter);
    reconnector.rejoin('ServerError');
    reconnector.noteSynced();
    reconnector.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    reconnector.reconnectNow();
    reconnector.rejoin('AccessChanged');
    vi.advanceTimersByTime(60_000);
    expect(socket.connects).toBe(0);
  });
});
