import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { isKeptWhileArchived, markKeptWhileArchived } from './keptWhileArchived.ts';
import {
  clearOfflineCaches,
  closeOfflineCache,
  deleteOfflineCache,
  offlineCacheName,
  openOfflineCache,
} from './offlineCache.ts';
import { OFFLINE_COPIES_KEY, rememberedOfflineCopies, rememberOfflineCopy } from './offlineCopyNames.ts';
import { copiesWithUnsentEdits, flagUnsentEdits } from './unsentEditFlags.ts';

const persistence = vi.hoisted(() => {
  type Closing = 'closes' | 'fails' | 'never answers';
  const state = { closing: 'closes' as Closing };
  /** Stands in for y-indexeddb, whose destroy() waits for its database to have opened. */
  class FakePersistence {
    constructor(readonly name: string) {}
    destroy(): Promise<void> {
      if (state.closing === 'fails') return Promise.reject(new Error('The database could not be opened'));
      if (state.closing === 'never answers') return new Promise(() => {});
      return Promise.resolve();
    }
  }
  return { state, FakePersistence };
});

vi.mock('y-indexeddb', () => ({ IndexeddbPersistence: persistence.FakePersistence }));

type Outcome = 'success' | 'error' | 'blocked' | 'never answers';

/** Just enough of IndexedDB to delete databases, answering each request as told. */
function fakeIndexedDb(outcomes: Record<string, Outcome> = {}, listed?: string[] | 'never answers') {
  const deleted: string[] = [];
  const factory = {
    deleteDatabase(name: string) {
      const request: { onsuccess?: () => void; onerror?: () => void; onblocked?: () => void } = {};
      queueMicrotask(() => {
        const outcome = outcomes[name] ?? 'success';
        if (outcome === 'success') deleted.push(name);
        if (outcome === 'success') request.onsuccess?.();
        else if (outcome === 'error') request.onerror?.();
        else if (outcome === 'blocked') request.onblocked?.();
      });
      return request;
    },
    ...(listed === 'never answers'
      ? { databases: () => new Promise(() => {}) }
      : listed
        ? { databases: () => Promise.resolve(listed.map((name) => ({ name, version: 1 }))) }
        : {}),
  };
  vi.stubGlobal('indexedDB', factory);
  return deleted;
}

describe('clearOfflineCaches', () => {
  beforeEach(() => {
    localStorage.clear();
    persistence.state.closing = 'closes';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('deletes the copies it remembers where the browser cannot list its databases', async () => {
    const deleted = fakeIndexedDb();
    rememberOfflineCopy(offlineCacheName('u-sam', 'p1/d1'));
    rememberOfflineCopy(offlineCacheName('u-ada', 'p1/d2'));

    await clearOfflineCaches();

    expect(deleted.sort()).toEqual(['roundtable:u-ada:p1/d2', 'roundtable:u-sam:p1/d1']);
    expect(rememberedOfflineCopies()).toEqual([]);
    expect(localStorage.getItem(OFFLINE_COPIES_KEY)).toBeNull();
  });

  it('also deletes listed copies it never remembered, and leaves other databases alone', async () => {
    const deleted = fakeIndexedDb({}, ['roundtable:u-old:p9/d9', 'someone-elses-app']);
    rememberOfflineCopy(offlineCacheName('u-sam', 'p1/d1'));

    await clearOfflineCaches();

    expect(deleted.sort()).toEqual(['roundtable:u-old:p9/d9', 'roundtable:u-sam:p1/d1']);
  });

  it('remembers a copy it could not delete, to try again next time, without waiting on another tab', async () => {
    const failing = offlineCacheName('u-sam', 'p1/d1');
    const held = offlineCacheName('u-sam', 'p1/d2');
    fakeIndexedDb({ [failing]: 'error', [held]: 'blocked' });
    rememberOfflineCopy(failing);
    rememberOfflineCopy(held);

    await clearOfflineCaches();

    expect(rememberedOfflineCopies().sort()).toEqual([failing, held]);
  });

  it('forgets that a copy held unsent edits once the copy is gone', async () => {
    fakeIndexedDb({ [offlineCacheName('u-sam', 'p1/d2')]: 'error' });
    rememberOfflineCopy(offlineCacheName('u-sam', 'p1/d1'));
    rememberOfflineCopy(offlineCacheName('u-sam', 'p1/d2'));
    flagUnsentEdits(offlineCacheName('u-sam', 'p1/d1'));
    flagUnsentEdits(offlineCacheName('u-sam', 'p1/d2'));
    markKeptWhileArchived(offlineCacheName('u-sam', 'p1/d1'));
    markKeptWhileArchived(offlineCacheName('u-sam', 'p1/d2'));

    await clearOfflineCaches();

    // The words in the copy that could not be deleted are still on this device.
    expect(copiesWithUnsentEdits()).toEqual([offlineCacheName('u-sam', 'p1/d2')]);
    expect(isKeptWhileArchived(offlineCacheName('u-sam', 'p1/d1'))).toBe(false);
    expect(isKeptWhileArchived(offlineCacheName('u-sam', 'p1/d2'))).toBe(true);
  });

  it('signs out within moments when an open copy never finishes closing, and still deletes it', async () => {
    vi.useFakeTimers();
    const deleted = fakeIndexedDb();
    persistence.state.closing = 'never answers';
    openOfflineCache(offlineCacheName('u-sam', 'p1/d1'), new Y.Doc());
    let finished = false;

    void clearOfflineCaches().then(() => {
      finished = true;
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(deleted).toEqual(['roundtable:u-sam:p1/d1']);
  });

  it('signs out when closing a copy fails', async () => {
    const deleted = fakeIndexedDb();
    persistence.state.closing = 'fails';
    openOfflineCache(offlineCacheName('u-sam', 'p1/d1'), new Y.Doc());

    await expect(clearOfflineCaches()).resolves.toBeUndefined();
    expect(deleted).toEqual(['roundtable:u-sam:p1/d1']);
  });

  it('signs out within moments when storage never answers a deletion or a listing', async () => {
    vi.useFakeTimers();
    fakeIndexedDb({ [offlineCacheName('u-sam', 'p1/d1')]: 'never answers' }, 'never answers');
    rememberOfflineCopy(offlineCacheName('u-sam', 'p1/d1'));
    let finished = false;

    void clearOfflineCaches().then(() => {
      finished = true;
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(finished).toBe(true);
  });

  it('deletes the remembered copies while waiting for a listing that never comes', async () => {
    vi.useFakeTimers();
    const deleted = fakeIndexedDb({}, 'never answers');
    rememberOfflineCopy(offlineCacheName('u-sam', 'p1/d1'));

    void clearOfflineCaches();
    await vi.advanceTimersByTimeAsync(2000);
    expect(deleted).toEqual(['roundtable:u-sam:p1/d1']);
  });
});

describe('closing and deleting one copy', () => {
  beforeEach(() => {
    localStorage.clear();
    persistence.state.closing = 'closes';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('never rejects, and stops waiting on a copy that never finishes closing', async () => {
    vi.useFakeTimers();
    fakeIndexedDb({ [offlineCacheName('u-sam', 'p1/d1')]: 'never answers' });
    persistence.state.closing = 'never answers';
    const copy = openOfflineCache(offlineCacheName('u-sam', 'p1/d1'), new Y.Doc());
    let finished = false;

    void deleteOfflineCache(copy).then(() => {
      finished = true;
    });
    await vi.advanceTimersByTimeAsync(4000);
    expect(finished).toBe(true);

    persistence.state.closing = 'fails';
    const failing = openOfflineCache(offlineCacheName('u-sam', 'p1/d2'), new Y.Doc());
    await expect(closeOfflineCache(failing)).resolves.toBeUndefined();
  });
});
