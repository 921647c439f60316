/*
 * Stands in for offlineCache.ts in tests of a live document: each copy of a document on
 * this device loads when the test says so, and removing one is only recorded. Use as
 * `vi.mock('…/offlineCache.ts', () => import('…/testing/fakeOfflineCache.ts'))`.
 */

/** This device's copy of a document, loaded when the test says so. */
export class FakeOfflineCopy {
  private readonly listeners: Array<() => void> = [];
  private resolveSynced: () => void = () => {};
  readonly whenSynced = new Promise<void>((resolve) => {
    this.resolveSynced = resolve;
  });

  constructor(
    readonly name: string,
    readonly ydoc: unknown,
  ) {}

  on(event: string, listener: () => void): void {
    if (event === 'synced') this.listeners.push(listener);
  }

  finishLoading(): void {
    for (const listener of this.listeners) listener();
    this.resolveSynced();
  }
}

/** Every copy opened and the name of every copy removed, since the test last emptied them. */
export const copies = { opened: [] as FakeOfflineCopy[], deleted: [] as string[] };

export function latestCopy(): FakeOfflineCopy {
  const copy = copies.opened.at(-1);
  if (!copy) throw new Error('No offline copy was opened');
  return copy;
}

export const offlineCacheName = (userId: string, name: string) => `roundtable:${userId}:${name}`;

export function openOfflineCache(name: string, ydoc: unknown): FakeOfflineCopy {
  const copy = new FakeOfflineCopy(name, ydoc);
  copies.opened.push(copy);
  return copy;
}

export async function closeOfflineCache(): Promise<void> {}

export async function deleteOfflineCache(copy: { name: string }): Promise<void> {
  copies.deleted.push(copy.name);
}
