import type { HistoryPerson } from '@roundtable/shared';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';

/**
 * Names and perspectives for the people a history mentions: current members with
 * their perspective, people who have left with none. Ids with no person (the
 * template) are skipped.
 */
export async function historyPeople(
  projectStore: ProjectStore,
  userStore: UserStore,
  projectId: string,
  ids: Iterable<string | null>,
): Promise<HistoryPerson[]> {
  const members = new Map((await projectStore.listMembers(projectId)).map((member) => [member.userId, member]));
  const people: HistoryPerson[] = [];
  for (const id of new Set(ids)) {
    if (id === null) continue;
    const member = members.get(id);
    if (member) {
      people.push({ id, displayName: member.displayName, perspective: member.perspective });
      continue;
    }
    const user = await userStore.findUserById(id);
    people.push({ id, displayName: user?.displayName ?? 'A former member', perspective: null });
  }
  return people;
}
