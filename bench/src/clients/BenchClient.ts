import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** One simulated person's open document, whichever server it talks to. */
export interface BenchClient {
  ydoc: Y.Doc;
  awareness: Awareness;
  /** Resolves when the first sync with the server has completed. */
  synced: Promise<void>;
  /** How many times the connection closed without being asked to. */
  readonly unexpectedCloses: number;
  destroy(): void;
}

/** Where and as whom a client connects. */
export interface ConnectTarget {
  wsUrl: string;
  origin: string;
  /** Session cookie value, for servers that sign people in. */
  sessionCookie?: string;
}
