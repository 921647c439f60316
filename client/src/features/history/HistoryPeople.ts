import { type HistoryPerson, perspectiveLabels } from '@roundtable/shared';

/** What history calls the template a document started from. */
export const TEMPLATE_NAME = 'Template';

/**
 * Names people as history shows them, from the `people` list each history answer
 * carries. Someone who has left keeps their name, marked as a former member; an id the
 * list lacks (it should not happen) is called "Someone" rather than shown raw.
 */
export class HistoryPeople {
  private readonly byId: ReadonlyMap<string, HistoryPerson>;

  constructor(people: readonly HistoryPerson[]) {
    this.byId = new Map(people.map((person) => [person.id, person]));
  }

  /** A name alone: "Ada Lovelace", or "Template" for null. */
  name(personId: string | null): string {
    if (personId === null) return TEMPLATE_NAME;
    return this.byId.get(personId)?.displayName ?? 'Someone';
  }

  /** Their perspective as they describe it, "Former member" once they have left, nothing for the template. */
  perspective(personId: string | null): string | null {
    if (personId === null) return null;
    const person = this.byId.get(personId);
    if (!person) return null;
    return person.perspective === null ? 'Former member' : perspectiveLabels[person.perspective];
  }

  /** "Ada", "Ada (former member)". */
  label(personId: string | null): string {
    const name = this.name(personId);
    const person = personId === null ? undefined : this.byId.get(personId);
    return person && person.perspective === null ? `${name} (former member)` : name;
  }

  /** Who wrote something: "Ada", or "Ada (recorded by Sam)" when a scribe typed it for them. */
  attribution(authorId: string | null, recordedById: string | null): string {
    const author = this.label(authorId);
    if (recordedById === null || recordedById === authorId) return author;
    const recorder = this.byId.get(recordedById);
    const left = recorder && recorder.perspective === null ? ', former member' : '';
    return `${author} (recorded by ${this.name(recordedById)}${left})`;
  }

  /** The people the list knows, for filters, by name. */
  all(): HistoryPerson[] {
    return Array.from(this.byId.values()).sort((a, b) => a.displayName.localeCompare(b.displayName));
  }
}
