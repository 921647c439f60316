import type { CommentPerson } from '@roundtable/shared';

/** A person's name from the people a response lists, or a plain stand-in if it lists them not. */
export function personName(people: readonly CommentPerson[], id: string): string {
  return people.find((person) => person.id === id)?.displayName ?? 'Someone';
}
