import { addStoredName, readStoredNames, removeStoredName } from './storedNames.ts';

/*
 * The names of the offline copies this browser holds, kept beside them, because some
 * browsers (Firefox before 126) cannot list their databases and sign-out must still
 * find every copy to delete. If storage is full or blocked only this list is lost;
 * browsers that can list their databases are still cleared completely.
 */

export const OFFLINE_COPIES_KEY = 'roundtable:offline-copies';

export function rememberedOfflineCopies(): string[] {
  return readStoredNames(OFFLINE_COPIES_KEY);
}

export function rememberOfflineCopy(name: string): void {
  addStoredName(OFFLINE_COPIES_KEY, name);
}

export function forgetOfflineCopy(name: string): void {
  removeStoredName(OFFLINE_COPIES_KEY, name);
}
