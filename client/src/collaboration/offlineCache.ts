import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { forgetKeptWhileArchived } from './keptWhileArchived.ts';
import { forgetOfflineCopy, rememberedOfflineCopies, rememberOfflineCopy } from './offlineCopyNames.ts';
import { clearUnsentEdits } from './unsentEditFlags.ts';
import { waitAtMost } from './waitAtMost.ts';

const PREFIX = 'roundtable:';

/**
 * How long signing out (or discarding a copy) waits on this device's storage. IndexedDB
 * can fail or never answer; the person must still get signed out.
 */
const STORAGE_PATIENCE_MS = 2000;

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

/** Lets go of a copy. Never rejects, and gives up waiting after a moment. */
export function closeOfflineCache(persistence: IndexeddbPersistence): Promise<void> {
  if (!open.delete(persistence)) return Promise.resolve();
  // destroy() waits for the database to have opened, which may never happen.
  return waitAtMost(STORAGE_PATIENCE_MS, () => persistence.destroy());
}

/**
 * Closes and removes one document's local copy: when its reader has lost access, or
 * when they chose to discard changes the server refuses. Never rejects, and gives up
 * waiting after a moment; a copy that could not be deleted is still remembered, so the
 * next sign-out tries again.
 */
export async function deleteOfflineCache(persistence: IndexeddbPersistence): Promise<void> {
  await closeOfflineCache(persistence);
  await waitAtMost(STORAGE_PATIENCE_MS, () => deleteDatabase(persistence.name));
}

function deleteDatabase(name: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // Forgotten only once really gone, so a failed deletion is tried again next time, and
    // the sign-out warning stays on for words still on this device.
    request.onsuccess = () => {
      forgetOfflineCopy(name);
      clearUnsentEdits(name);
      forgetKeptWhileArchived(name);
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
  let names: string[] = [];
  // Without an answer, the remembered names are all there is to go on.
  await waitAtMost(STORAGE_PATIENCE_MS, async () => {
    const databases = await indexedDB.databases();
    names = databases.map((database) => database.name).filter((name): name is string => typeof name === 'string');
  });
  return names;
}

async function closeAndDeleteAll(): Promise<void> {
  const listing = listedDatabases();
  // Open copies would otherwise hold their database open and block deletion.
  await Promise.all(Array.from(open, closeOfflineCache));
  const names = new Set([...rememberedOfflineCopies(), ...(await listing)]);
  await Promise.all([...names].filter((name) => name.startsWith(PREFIX)).map(deleteDatabase));
}

/**
 * Removes every local document copy, for everyone, at sign-out: browsers in libraries,
 * care homes and family homes are shared. Never rejects, and returns after a moment
 * even if storage has not answered; the deletions carry on by themselves.
 */
export function clearOfflineCaches(): Promise<void> {
  return waitAtMost(STORAGE_PATIENCE_MS, closeAndDeleteAll);
}
