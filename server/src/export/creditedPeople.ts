import type { CreditedPerson } from '@roundtable/shared';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';

/**
 * How an export may show each of these people: by name, or — if they chose to be
 * credited as "a member of the group" — with no name at all, so no later step can
 * leak it. Members are shown under their current perspective; people who have left
 * under the perspective and choice they last made, or, if they left before choices
 * were kept, by name and without a perspective.
 */
export async function creditedPeople(
  projectStore: ProjectStore,
  userStore: UserStore,
  projectId: string,
  ids: Iterable<string>,
): Promise<Map<string, CreditedPerson>> {
  const [members, formerMembers] = await Promise.all([
    projectStore.listMembers(projectId),
    projectStore.listFormerMembers(projectId),
  ]);
  const known = new Map<string, CreditedPerson>();
  for (const person of [...formerMembers, ...members]) {
    known.set(person.userId, {
      name: person.creditAs === 'anonymous' ? null : person.displayName,
      perspective: person.perspective,
    });
  }
  const people = new Map<string, CreditedPerson>();
  for (const id of ids) {
    const person = known.get(id);
    if (person) {
      people.set(id, person);
      continue;
    }
    const user = await userStore.findUserById(id);
    people.set(id, { name: user?.displayName ?? 'A former member', perspective: null });
  }
  return people;
}
