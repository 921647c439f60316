/*
 * A set of names kept in this browser's localStorage, for facts about offline copies that
 * must outlive the page and be seen by every tab: which copies exist, and which may hold
 * words the server has not confirmed.
 */

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on mere access when storage is blocked.
    return null;
  }
}

export function readStoredNames(key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

function save(key: string, names: ReadonlySet<string>): void {
  try {
    const store = storage();
    if (names.size === 0) store?.removeItem(key);
    else store?.setItem(key, JSON.stringify([...names]));
  } catch {
    // A full or blocked storage loses only this list; each caller says what that costs.
  }
}

export function addStoredName(key: string, name: string): void {
  const names = new Set(readStoredNames(key));
  if (names.has(name)) return;
  names.add(name);
  save(key, names);
}

export function removeStoredName(key: string, name: string): void {
  const names = new Set(readStoredNames(key));
  if (!names.delete(name)) return;
  save(key, names);
}
