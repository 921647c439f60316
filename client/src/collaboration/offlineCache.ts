import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { forgetOfflineCopy, rememberedOfflineCopies, rememberOfflineCopy } from './offlineCopyNames.ts';

const PREFIX = 'roundtable:';

/** Local copies belong to one person: the name says whose they are. */
export function offlineCacheName(userId: string, collaborationName: string): string {
  return `${PREFIX}${userId}:${collaborationName}`;
}

const open = new Set<IndexeddbPersistence>();

/** Keeps a person's copy of a document on this device, so nothing typed offline is lost. */
export function openOfflineCache(name: string, ydoc: Y.Doc): IndexeddbPersistence {
  rememberOfflineCopy(name);
  const persistence = new IndexeddbPersistence(name, ydoc);
  open.add(persistence);
  return persistence;
}

export async function closeOfflineCache(persistence: IndexeddbPersistence): Promise<void> {
  if (!open.delete(persistence)) return;
  await persistence.destroy();
}

/**
 * Closes and removes one document's local copy: when its reader has lost access, or
 * when they chose to discard changes the server refuses.
 */
export async function deleteOfflineCache(persistence: IndexeddbPersistence): Promise<void> {
  await closeOfflineCache(persistence);
  await deleteDatabase(persistence.name);
}

function deleteDatabase(name: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // Forgotten only once really gone, so a failed deletion is tried again next time.
    request.onsuccess = () => {
      forgetOfflineCopy(name);
      resolve();
    };
    // A failure here must not stop sign-out; the next sign-out will try again.
    request.onerror = () => resolve();
    // Another tab still has the copy open. The browser deletes it as soon as that tab
    // lets go (onsuccess above still runs); sign-out must not wait for that.
    request.onblocked = () => resolve();
  });
}

async function listedDatabases(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  try {
    const databases = await indexedDB.databases();
    return databases.map((database) => database.name).filter((name): name is string => typeof name === 'string');
  } catch {
    return [];
  }
}

/**
 * Removes every local document copy, for everyone, at sign-out: browsers in libraries,
 * care homes and family homes are shared.
 */
export async function clearOfflineCaches(): Promise<void> {
  // Open copies would otherwise hold their database open and block deletion.
  await Promise.all(Array.from(open, closeOfflineCache));
  const names = new Set([...rememberedOfflineCopies(), ...(await listedDatabases())]);
  await Promise.all([...names].filter((name) => name.startsWith(PREFIX)).map(deleteDatabase));
}
