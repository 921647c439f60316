import { describe, expect, it } from 'vitest';
import { type ConnectionFacts, deriveConnectionState } from './connectionState.ts';

const base: ConnectionFacts = {
  socket: 'connected',
  synced: true,
  unsyncedChanges: 0,
  browserOnline: true,
  hasConnected: true,
  stopped: false,
};

describe('deriveConnectionState', () => {
  it('says all changes are saved only when synced with nothing outstanding', () => {
    expect(deriveConnectionState(base)).toBe('saved');
    expect(deriveConnectionState({ ...base, unsyncedChanges: 2 })).toBe('connected');
    expect(deriveConnectionState({ ...base, synced: false })).toBe('connected');
  });

  it('distinguishes the first connection from getting back after a drop', () => {
    expect(deriveConnectionState({ ...base, socket: 'connecting', hasConnected: false })).toBe('connecting');
    expect(deriveConnectionState({ ...base, socket: 'disconnected', hasConnected: true })).toBe('reconnecting');
    expect(deriveConnectionState({ ...base, socket: 'connecting', hasConnected: true })).toBe('reconnecting');
  });

  it('says offline when the browser has no network, whatever the socket thinks', () => {
    expect(deriveConnectionState({ ...base, browserOnline: false })).toBe('offline');
    expect(deriveConnectionState({ ...base, socket: 'disconnected', browserOnline: false })).toBe('offline');
  });

  it('says stopped once the server has closed the connection for good', () => {
    expect(deriveConnectionState({ ...base, stopped: true, browserOnline: false })).toBe('stopped');
  });
});
