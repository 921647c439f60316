import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

const PREFIX = 'roundtable:';

/** Local copies belong to one person: the name says whose they are. */
export function offlineCacheName(userId: string, collaborationName: string): string {
  return `${PREFIX}${userId}:${collaborationName}`;
}

const open = new Set<IndexeddbPersistence>();

/** Keeps a person's copy of a document on this device, so nothing typed offline is lost. */
export function openOfflineCache(name: string, ydoc: Y.Doc): IndexeddbPersistence {
  const persistence = new IndexeddbPersistence(name, ydoc);
  open.add(persistence);
  return persistence;
}

export async function closeOfflineCache(persistence: IndexeddbPersistence): Promise<void> {
  open.delete(persistence);
  await persistence.destroy();
}

/** Closes and removes one document's local copy, e.g. when its reader has lost access. */
export async function deleteOfflineCache(persistence: IndexeddbPersistence): Promise<void> {
  await closeOfflineCache(persistence);
  await deleteDatabase(persistence.name);
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // A failure here must not stop sign-out; the next sign-out will try again.
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
}

/**
 * Removes every local document copy, for everyone, at sign-out: browsers in libraries,
 * care homes and family homes are shared.
 */
export async function clearOfflineCaches(): Promise<void> {
  // Open copies would otherwise hold their database open and block deletion.
  await Promise.all(Array.from(open, closeOfflineCache));
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => typeof name === 'string' && name.startsWith(PREFIX))
      .map(deleteDatabase),
  );
}
