import * as Y from 'yjs';

/**
 * Resolves once every observer holds everything every writer has written (compared by
 * state vector), optionally allowing each observer to trail each writer by `slack` items.
 */
export async function waitUntilSeen(writers: Y.Doc[], observers: Y.Doc[], timeoutMs: number, slack = 0): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const wanted = writers.map((writer) => [writer.clientID, Y.getState(writer.store, writer.clientID) - slack] as const);
  const missing = () =>
    observers.find((observer) => wanted.some(([clientId, clock]) => Y.getState(observer.store, clientId) < clock));
  while (missing()) {
    if (performance.now() > deadline) throw new Error('Timed out waiting for clients to receive every edit');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
