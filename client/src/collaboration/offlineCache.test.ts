import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearOfflineCaches, offlineCacheName } from './offlineCache.ts';
import { OFFLINE_COPIES_KEY, rememberedOfflineCopies, rememberOfflineCopy } from './offlineCopyNames.ts';

type Outcome = 'success' | 'error' | 'blocked';

/** Just enough of IndexedDB to delete databases, answering each request as told. */
function fakeIndexedDb(outcomes: Record<string, Outcome> = {}, listed?: string[]) {
  const deleted: string[] = [];
  const factory = {
    deleteDatabase(name: string) {
      const request: { onsuccess?: () => void; onerror?: () => void; onblocked?: () => void } = {};
      queueMicrotask(() => {
        const outcome = outcomes[name] ?? 'success';
        if (outcome === 'success') deleted.push(name);
        if (outcome === 'success') request.onsuccess?.();
        else if (outcome === 'error') request.onerror?.();
        else request.onblocked?.();
      });
      return request;
    },
    ...(listed ? { databases: () => Promise.resolve(listed.map((name) => ({ name, version: 1 }))) } : {}),
  };
  vi.stubGlobal('indexedDB', factory);
  return deleted;
}

describe('clearOfflineCaches', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

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
});
