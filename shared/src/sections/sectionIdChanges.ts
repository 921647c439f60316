import { isSectionId, newSectionId } from './newSectionId.ts';

/**
 * Which headings need a new section id, given each heading's current id (anything
 * stored, in document order), so that every heading has exactly one id and no two
 * share one:
 * - a heading without a valid id gets one;
 * - of headings sharing an id (a copy pasted, a heading split in two, two people's
 *   concurrent edits), the first in document order keeps it and the others get new
 *   ones, so a section's id never moves to another heading.
 * `keepers` (indexes) are headings known to have held their id before the others (the
 * editor knows which heading was there before a paste); one of them keeps the id ahead
 * of an earlier copy. Every device applying the rule to the same document decides the
 * same headings, so two editors never undo each other's choice.
 * Returns the new id for each heading that needs one, by index.
 */
export function sectionIdChanges(
  current: readonly unknown[],
  keepers: ReadonlySet<number> = new Set(),
): Map<number, string> {
  const keeperOf = new Map<string, number>();
  for (const index of [...keepers].sort((a, b) => a - b)) {
    const id = current[index];
    if (isSectionId(id) && !keeperOf.has(id)) keeperOf.set(id, index);
  }
  const kept = new Set<string>();
  const needing: number[] = [];
  for (const [index, id] of current.entries()) {
    const keeper = isSectionId(id) ? keeperOf.get(id) : undefined;
    if (isSectionId(id) && (keeper === undefined ? !kept.has(id) : keeper === index)) kept.add(id);
    else needing.push(index);
  }
  const taken = new Set(current.filter(isSectionId));
  const changes = new Map<number, string>();
  for (const index of needing) {
    let id = newSectionId();
    while (taken.has(id)) id = newSectionId();
    taken.add(id);
    changes.set(index, id);
  }
  return changes;
}
