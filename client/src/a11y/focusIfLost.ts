/**
 * Moves focus to `target` when it was inside `region` (which is going away or becoming
 * read-only) or nowhere at all (the focused element was just removed). Someone busy
 * elsewhere on the page, typing a comment or in a dialog, keeps their place.
 */
export function focusIfLost(target: HTMLElement, region: Element | null): void {
  const active = target.ownerDocument.activeElement;
  const lost = active === null || active === target.ownerDocument.body || (region?.contains(active) ?? false);
  if (lost) target.focus();
}
