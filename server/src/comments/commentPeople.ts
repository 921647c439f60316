import type { CommentPerson } from '@roundtable/shared';
import type { UserStore } from '../store/UserStore.ts';

/**
 * Names for everyone some comments name, in the order first named. People who have
 * left keep the name they last had, so a conversation still reads as it was.
 */
export async function commentPeople(userStore: UserStore, ids: Iterable<string | null>): Promise<CommentPerson[]> {
  const wanted = [...new Set(ids)].filter((id): id is string => id !== null);
  const names = new Map((await userStore.listPeopleNames(wanted)).map((person) => [person.id, person.displayName]));
  return wanted.map((id) => ({ id, displayName: names.get(id) ?? 'A former member' }));
}
