import type { ChangeFacts, ChangeTally } from '@roundtable/shared';

type PersonTally = ChangeTally & { authorId: string | null; recordedById: string | null };

/** Words added and removed by section and by person, for the summary of a comparison. */
export function tallyChanges(changes: readonly ChangeFacts[]): {
  bySection: Array<ChangeTally & { section: string }>;
  byPerson: PersonTally[];
} {
  const bySection = new Map<string, ChangeTally & { section: string }>();
  const byPerson = new Map<string, PersonTally>();
  for (const change of changes) {
    if (change.charactersAdded === 0 && change.charactersRemoved === 0) continue;
    for (const section of change.sections) {
      const tally = bySection.get(section) ?? { section, wordsAdded: 0, wordsRemoved: 0 };
      add(tally, change);
      bySection.set(section, tally);
    }
    const key = `${change.authorId ?? ''}|${change.recordedById ?? ''}`;
    const tally = byPerson.get(key) ?? {
      authorId: change.authorId,
      recordedById: change.recordedById,
      wordsAdded: 0,
      wordsRemoved: 0,
    };
    add(tally, change);
    byPerson.set(key, tally);
  }
  return { bySection: [...bySection.values()], byPerson: [...byPerson.values()] };
}

function add(tally: ChangeTally, change: ChangeFacts): void {
  tally.wordsAdded += change.wordsAdded;
  tally.wordsRemoved += change.wordsRemoved;
}
