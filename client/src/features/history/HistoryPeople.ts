import { type Credit, creditedPersonId, type HistoryPerson, perspectiveLabels } from '@roundtable/shared';

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

  /** A name alone: "Ada Lovelace". */
  name(personId: string): string {
    return this.byId.get(personId)?.displayName ?? 'Someone';
  }

  /** Their perspective as they describe it, or "Former member" once they have left. */
  perspective(personId: string): string | null {
    const person = this.byId.get(personId);
    if (!person) return null;
    return person.perspective === null ? 'Former member' : perspectiveLabels[person.perspective];
  }

  /** "Ada", "Ada (former member)". */
  label(personId: string): string {
    const name = this.name(personId);
    return this.byId.get(personId)?.perspective === null ? `${name} (former member)` : name;
  }

  /** Who is credited: "Template", "Ada", or "Ada (recorded by Sam)" when a scribe typed it for them. */
  attribution(credit: Credit): string {
    switch (credit.kind) {
      case 'template':
        return TEMPLATE_NAME;
      case 'written':
        return this.label(credit.personId);
      case 'recorded': {
        const left = this.byId.get(credit.recordedById)?.perspective === null ? ', former member' : '';
        return `${this.label(credit.personId)} (recorded by ${this.name(credit.recordedById)}${left})`;
      }
    }
  }

  /** The perspective of the person credited; nothing for the template. */
  creditedPerspective(credit: Credit): string | null {
    const personId = creditedPersonId(credit);
    return personId === null ? null : this.perspective(personId);
  }

  /** The people the list knows, for filters, by name. */
  all(): HistoryPerson[] {
    return Array.from(this.byId.values()).sort((a, b) => a.displayName.localeCompare(b.displayName));
  }
}
