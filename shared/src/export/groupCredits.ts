import { type Perspective, perspectiveLabels, perspectives } from '../people/perspectives.ts';
import type { CreditedPerson } from './exportTypes.ts';

export interface CreditGroup {
  label: string;
  /** Named contributors, in alphabetical order. */
  names: string[];
  /** How many in the group prefer not to be named. */
  unnamed: number;
}

const groupLabels: Record<Perspective, string> = {
  ...perspectiveLabels,
  unsaid: 'Perspective not given',
};
const LEFT_LABEL = 'People who have since left the group';

/**
 * Contributors grouped by how each describes their perspective, in the order the
 * product lists perspectives; people who left without a known perspective last.
 * Empty groups are left out.
 */
export function groupCredits(people: readonly CreditedPerson[]): CreditGroup[] {
  const keys: Array<Perspective | null> = [...perspectives, null];
  const groups: CreditGroup[] = [];
  for (const key of keys) {
    const members = people.filter((person) => person.perspective === key);
    if (members.length === 0) continue;
    groups.push({
      label: key === null ? LEFT_LABEL : groupLabels[key],
      names: members
        .flatMap((person) => (person.name === null ? [] : [person.name]))
        .sort((a, b) => a.localeCompare(b, 'en-GB')),
      unnamed: members.filter((person) => person.name === null).length,
    });
  }
  return groups;
}

/** "A member of the group who preferred not to be named", or "3 members of the group who …". */
export function unnamedMembers(count: number): string {
  return count === 1
    ? 'A member of the group who preferred not to be named'
    : `${count} members of the group who preferred not to be named`;
}
