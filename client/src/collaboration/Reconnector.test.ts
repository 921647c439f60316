import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ReconnectableSocket, Reconnector, reconnectDelayMs } from './Reconnector.ts';

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
  it('rejoins a changed document at once', () => {
    expect(reconnectDelayMs('AccessChanged', 5, noJitter)).toBe(0);
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

  it('waits longer each time a failing server closes the socket, until the document arrives', () => {
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

    reconnector.noteSynced();
    socket.status = 'disconnected';
    reconnector.rejoin('ServerError');
    vi.advanceTimersByTime(1000);
    expect(socket.connects).toBe(3);
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
    reconnector.stop();
    vi.advanceTimersByTime(60_000);
    reconnector.reconnectNow();
    reconnector.rejoin('AccessChanged');
    vi.advanceTimersByTime(60_000);
    expect(socket.connects).toBe(0);
  });
});
