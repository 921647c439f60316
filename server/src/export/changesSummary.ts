import {
  type ChangeFacts,
  type ChangeLine,
  type ChangesSummary,
  type Credit,
  type CreditedPerson,
  UNNAMED_MEMBER,
} from '@roundtable/shared';
import { tallyChanges } from '../history/tallyChanges.ts';

export interface ChangesWindow {
  sinceVersionName: string;
  /** Milliseconds since the epoch. */
  sinceDate: number;
  /** Changes after this update … */
  afterUpdateId: number;
  /** … up to and including this one. */
  upToUpdateId: number;
}

/**
 * Words added and removed per section and per person between two points in the log.
 * People appear as they chose to be credited; everyone who preferred not to be named
 * shares one line, so their separate totals cannot tell them apart.
 */
export function changesSummary(
  changes: readonly ChangeFacts[],
  window: ChangesWindow,
  people: ReadonlyMap<string, CreditedPerson>,
): ChangesSummary {
  const between = changes.filter(
    (change) => change.updateId > window.afterUpdateId && change.updateId <= window.upToUpdateId,
  );
  const tally = tallyChanges(between);
  const byPerson = new Map<string, ChangeLine>();
  for (const person of tally.byPerson) {
    const label = creditLabel(person.credit, people);
    const line = byPerson.get(label) ?? { label, wordsAdded: 0, wordsRemoved: 0 };
    line.wordsAdded += person.wordsAdded;
    line.wordsRemoved += person.wordsRemoved;
    byPerson.set(label, line);
  }
  return {
    sinceVersionName: window.sinceVersionName,
    sinceDate: new Date(window.sinceDate).toISOString(),
    bySection: tally.bySection.map((section) => ({
      label: section.section || 'Before the first heading',
      wordsAdded: section.wordsAdded,
      wordsRemoved: section.wordsRemoved,
    })),
    byPerson: [...byPerson.values()].sort((a, b) => b.wordsAdded + b.wordsRemoved - (a.wordsAdded + a.wordsRemoved)),
  };
}

/**
 * "The starting template", "Ada", "Ada (recorded by Sam)", as each person chose to be
 * credited. Whose device handed back recovered words is history's detail, not a credit.
 */
function creditLabel(credit: Credit, people: ReadonlyMap<string, CreditedPerson>): string {
  const nameOf = (id: string): string => people.get(id)?.name ?? capitalise(UNNAMED_MEMBER);
  switch (credit.kind) {
    case 'template':
      return 'The starting template';
    case 'written':
      return nameOf(credit.personId);
    case 'recorded':
      return `${nameOf(credit.personId)} (recorded by ${uncapitalised(nameOf(credit.recordedById))})`;
    case 'recovered':
      return `${nameOf(credit.personId)} (recovered after a restore)`;
    case 'unknownWriter':
      return 'Unknown writer (recovered after a restore)';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "recorded by a member of the group", but "recorded by Sam". */
function uncapitalised(name: string): string {
  return name === capitalise(UNNAMED_MEMBER) ? UNNAMED_MEMBER : name;
}
