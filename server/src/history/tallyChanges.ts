import { type ChangeFacts, type ChangeTally, type Credit, creditKey } from '@roundtable/shared';

type CreditTally = ChangeTally & { credit: Credit };

/** Words added and removed by section and by credit, for the summary of a comparison. */
export function tallyChanges(changes: readonly ChangeFacts[]): {
  bySection: Array<ChangeTally & { section: string }>;
  byPerson: CreditTally[];
} {
  const bySection = new Map<string, ChangeTally & { section: string }>();
  const byPerson = new Map<string, CreditTally>();
  for (const change of changes) {
    if (change.charactersAdded === 0 && change.charactersRemoved === 0) continue;
    for (const section of change.sections) {
      const tally = bySection.get(section) ?? { section, wordsAdded: 0, wordsRemoved: 0 };
      add(tally, change);
      bySection.set(section, tally);
    }
    const key = creditKey(change.credit);
    const tally = byPerson.get(key) ?? { credit: change.credit, wordsAdded: 0, wordsRemoved: 0 };
    add(tally, change);
    byPerson.set(key, tally);
  }
  return { bySection: [...bySection.values()], byPerson: [...byPerson.values()] };
}

function add(tally: ChangeTally, change: ChangeFacts): void {
  tally.wordsAdded += change.wordsAdded;
  tally.wordsRemoved += change.wordsRemoved;
}
