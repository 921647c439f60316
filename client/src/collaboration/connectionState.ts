/** What the connection to the live document means for the person, in their words. */
export type ConnectionState = 'connecting' | 'connected' | 'saved' | 'reconnecting' | 'offline' | 'stopped';

export interface ConnectionFacts {
  /** The websocket's own status. */
  socket: 'connecting' | 'connected' | 'disconnected';
  /** Whether the first exchange with the server has finished since the socket opened. */
  synced: boolean;
  /** Changes sent but not yet confirmed by the server. */
  unsyncedChanges: number;
  /** What the browser believes about the network. */
  browserOnline: boolean;
  /** Whether this page has been connected at least once. */
  hasConnected: boolean;
  /** The server closed the connection for good (signed out, removed, …). */
  stopped: boolean;
}

/** Before anything is known: the first connection is on its way. */
export const initialConnectionFacts: ConnectionFacts = {
  socket: 'connecting',
  synced: false,
  unsyncedChanges: 0,
  browserOnline: true,
  hasConnected: false,
  stopped: false,
};

/** Lets React skip re-rendering when a provider event changed nothing the person sees. */
export function sameConnectionFacts(a: ConnectionFacts, b: ConnectionFacts): boolean {
  return (
    a.socket === b.socket &&
    a.synced === b.synced &&
    a.unsyncedChanges === b.unsyncedChanges &&
    a.browserOnline === b.browserOnline &&
    a.hasConnected === b.hasConnected &&
    a.stopped === b.stopped
  );
}

export function deriveConnectionState(facts: ConnectionFacts): ConnectionState {
  if (facts.stopped) return 'stopped';
  if (!facts.browserOnline) return 'offline';
  if (facts.socket === 'connected') {
    return facts.synced && facts.unsyncedChanges === 0 ? 'saved' : 'connected';
  }
  return facts.hasConnected ? 'reconnecting' : 'connecting';
}

export const connectionLabels: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  saved: 'All changes saved',
  reconnecting: 'Reconnecting…',
  offline: 'Offline — changes kept on this device',
  stopped: 'Not connected',
};

/** A second line for the states where people may worry about their work. */
export const connectionDetails: Partial<Record<ConnectionState, string>> = {
  connected: 'Saving your latest changes.',
  reconnecting: 'Your changes are kept on this device and will be shared when the connection is back.',
  offline: 'Keep writing. Your changes will be shared when you are back online.',
};
