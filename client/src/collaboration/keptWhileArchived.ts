import { addStoredName, readStoredNames, removeStoredName } from './storedNames.ts';

/*
 * Which offline copies hold words the server would not take because their document was
 * archived. Kept in localStorage, like the unsent-edit flags: the words stay in the copy
 * after the page closes, and when the document is restored, perhaps months later, they
 * must not reach it without the person choosing to send them. A copy is marked when the
 * server refuses them, and unmarked when the person sends them or the copy is removed.
 */

export const KEPT_WHILE_ARCHIVED_KEY = 'roundtable:kept-while-archived';

export function markKeptWhileArchived(copyName: string): void {
  addStoredName(KEPT_WHILE_ARCHIVED_KEY, copyName);
}

export function isKeptWhileArchived(copyName: string): boolean {
  return readStoredNames(KEPT_WHILE_ARCHIVED_KEY).includes(copyName);
}

export function forgetKeptWhileArchived(copyName: string): void {
  removeStoredName(KEPT_WHILE_ARCHIVED_KEY, copyName);
}
