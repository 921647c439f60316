/*
 * A stand-in for the browser's WebSocket, driven by a test playing the Roundtable server,
 * so the real Hocuspocus provider can be tested without a network. Only what the provider
 * uses is here. Messages are built by hand (lib0 is not a client dependency); the layout
 * is the Hocuspocus protocol: document name, message type, then the message.
 */

const MessageType = { Sync: 0, Auth: 2, Stateless: 5, Close: 7, SyncStatus: 8 } as const;
const SyncStep = { One: 0, Two: 1 } as const;
const AuthMessage = { PermissionDenied: 1, Authenticated: 2 } as const;

function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest >>>= 7;
  }
  bytes.push(rest);
  return bytes;
}

function varBytes(bytes: Uint8Array): number[] {
  return [...varUint(bytes.length), ...bytes];
}

function varString(text: string): number[] {
  return varBytes(new TextEncoder().encode(text));
}

export const serverMessage = {
  authenticated: (documentName: string, scope: 'read-write' | 'readonly') =>
    new Uint8Array([...varString(documentName), MessageType.Auth, AuthMessage.Authenticated, ...varString(scope)]),
  permissionDenied: (documentName: string, reason: string) =>
    new Uint8Array([...varString(documentName), MessageType.Auth, AuthMessage.PermissionDenied, ...varString(reason)]),
  syncStep1: (documentName: string, stateVector: Uint8Array) =>
    new Uint8Array([...varString(documentName), MessageType.Sync, SyncStep.One, ...varBytes(stateVector)]),
  syncStep2: (documentName: string, update: Uint8Array) =>
    new Uint8Array([...varString(documentName), MessageType.Sync, SyncStep.Two, ...varBytes(update)]),
  /** The server applied what it was sent (a signed varint 1 is the single byte 1). */
  applied: (documentName: string) => new Uint8Array([...varString(documentName), MessageType.SyncStatus, 1]),
  /**
   * The server did not apply what it was sent: on a read-only connection, because it held
   * words the server lacks; on one that may write, because it was held back for a moment.
   */
  notApplied: (documentName: string) => new Uint8Array([...varString(documentName), MessageType.SyncStatus, 0]),
  /** A message outside the document's content, such as news that its title changed. */
  stateless: (documentName: string, payload: string) =>
    new Uint8Array([...varString(documentName), MessageType.Stateless, ...varString(payload)]),
  /**
   * The server closed one document on a socket it keeps open, as Hocuspocus's
   * Connection.close() does (for example after an exception, reason 'Reset Connection').
   * The provider reports it as a close event with code 1000 and this reason.
   */
  close: (documentName: string, reason: string) =>
    new Uint8Array([...varString(documentName), MessageType.Close, ...varString(reason)]),
};

/** A sync message the page sent: which step, and its payload (state vector or update). */
export interface SentSync {
  step: 'one' | 'two' | 'update';
  payload: Uint8Array;
}

class Reader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.offset++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }

  bytesOf(): Uint8Array {
    const length = this.uint();
    const slice = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}

export function readSentSync(message: Uint8Array): SentSync | null {
  const reader = new Reader(message);
  reader.bytesOf();
  if (reader.uint() !== MessageType.Sync) return null;
  const step = reader.uint();
  const payload = reader.bytesOf();
  return { step: step === SyncStep.One ? 'one' : step === SyncStep.Two ? 'two' : 'update', payload };
}

type Listener = (event: unknown) => void;

export class FakeCollaborationSocket {
  static instances: FakeCollaborationSocket[] = [];

  static latest(): FakeCollaborationSocket {
    const socket = FakeCollaborationSocket.instances.at(-1);
    if (!socket) throw new Error('No socket has been opened');
    return socket;
  }

  readyState = 0;
  binaryType = 'blob';
  readonly sent: Uint8Array[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(readonly url: string) {
    FakeCollaborationSocket.instances.push(this);
  }

  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(type, set);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  send(data: Uint8Array): void {
    this.sent.push(new Uint8Array(data));
  }

  /** The page closes the socket; the browser reports it closed a moment later. */
  close(): void {
    if (this.readyState >= 2) return;
    this.readyState = 2;
    queueMicrotask(() => this.closedWith(1005, ''));
  }

  // What the server side does:

  accept(): void {
    this.readyState = 1;
    this.dispatch('open', {});
  }

  receive(message: Uint8Array): void {
    this.dispatch('message', { data: message.slice().buffer });
  }

  closedWith(code: number, reason: string): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.dispatch('close', { code, reason });
  }

  sentSyncs(): SentSync[] {
    return this.sent.map(readSentSync).filter((sync): sync is SentSync => sync !== null);
  }

  /** The messages the server answers with "applied": updates, and replies to its sync step 1. */
  sentChanges(): SentSync[] {
    return this.sentSyncs().filter((sync) => sync.step !== 'one');
  }

  private dispatch(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}
