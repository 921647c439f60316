import {
  type Credit,
  creditedPersonId,
  ERASED_ACCOUNT_NAME,
  type HistoryPerson,
  perspectiveLabels,
} from '@roundtable/shared';

/** What history calls the template a document started from. */
export const TEMPLATE_NAME = 'Template';

/** What history calls words handed back after a restore whose writer nobody can tell. */
export const UNKNOWN_WRITER_NAME = 'Unknown writer';

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

  /** "Ada", "Ada (former member)"; a deleted account is already called "A former member". */
  label(personId: string): string {
    const name = this.name(personId);
    return this.hasLeftUnderOwnName(personId) ? `${name} (former member)` : name;
  }

  private hasLeftUnderOwnName(personId: string): boolean {
    return this.byId.get(personId)?.perspective === null && this.name(personId) !== ERASED_ACCOUNT_NAME;
  }

  /**
   * Who is credited: "Template", "Ada", "Ada (recorded by Sam)" when a scribe typed it
   * for them, "Ada (recovered from Sam's device)" after a restore from a backup, or
   * "Unknown writer (recovered from Sam's device)" when nobody can tell whose they are.
   */
  attribution(credit: Credit): string {
    switch (credit.kind) {
      case 'template':
        return TEMPLATE_NAME;
      case 'written':
        return this.label(credit.personId);
      case 'recorded':
        return `${this.label(credit.personId)} (recorded by ${this.nameNotingLeft(credit.recordedById)})`;
      case 'recovered':
        return `${this.label(credit.personId)} (recovered from ${this.devicesOf(credit.relayedById)})`;
      case 'unknownWriter':
        return `${UNKNOWN_WRITER_NAME} (recovered from ${this.devicesOf(credit.relayedById)})`;
    }
  }

  /** "Sam", or "Sam, former member". */
  private nameNotingLeft(personId: string): string {
    return this.hasLeftUnderOwnName(personId) ? `${this.name(personId)}, former member` : this.name(personId);
  }

  /** "Sam’s device". */
  private devicesOf(personId: string): string {
    return `${this.name(personId)}’s device`;
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
