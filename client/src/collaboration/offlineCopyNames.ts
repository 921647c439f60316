/*
 * The names of the offline copies this browser holds, kept beside them, because some
 * browsers (Firefox before 126) cannot list their databases and sign-out must still
 * find every copy to delete.
 */

export const OFFLINE_COPIES_KEY = 'roundtable:offline-copies';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on mere access when storage is blocked.
    return null;
  }
}

export function rememberedOfflineCopies(): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(OFFLINE_COPIES_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

function save(names: ReadonlySet<string>): void {
  try {
    const store = storage();
    if (names.size === 0) store?.removeItem(OFFLINE_COPIES_KEY);
    else store?.setItem(OFFLINE_COPIES_KEY, JSON.stringify([...names]));
  } catch {
    // A full or blocked storage loses only this list; browsers that can list their
    // databases are still cleared completely.
  }
}

export function rememberOfflineCopy(name: string): void {
  const names = new Set(rememberedOfflineCopies());
  if (names.has(name)) return;
  names.add(name);
  save(names);
}

export function forgetOfflineCopy(name: string): void {
  const names = new Set(rememberedOfflineCopies());
  if (!names.delete(name)) return;
  save(names);
}
