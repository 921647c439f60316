import { addStoredName, readStoredNames, removeStoredName } from './storedNames.ts';

/*
 * Which offline copies may hold this person's own edits that the server has not
 * confirmed. Kept in localStorage, not in memory: the words stay in the copy after the
 * document's page closes, after a reload and in other tabs, and sign-out, which deletes
 * every copy, must still warn about them. A copy is flagged on its first unconfirmed
 * edit and cleared only once the server has confirmed everything, or the copy is gone.
 */

export const UNSENT_EDIT_FLAGS_KEY = 'roundtable:unsent-copies';

/** Called on every edit of the person's own, so a flag cleared by another tab is set again. */
export function flagUnsentEdits(copyName: string): void {
  addStoredName(UNSENT_EDIT_FLAGS_KEY, copyName);
}

export function clearUnsentEdits(copyName: string): void {
  removeStoredName(UNSENT_EDIT_FLAGS_KEY, copyName);
}

export function copiesWithUnsentEdits(): string[] {
  return readStoredNames(UNSENT_EDIT_FLAGS_KEY);
}
