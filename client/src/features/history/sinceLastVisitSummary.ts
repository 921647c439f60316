import { type Credit, creditKey, type EditSession } from '@roundtable/shared';

export interface PersonSinceLastVisit {
  /** The credit's key: a scribe's sessions are listed apart from the person's own. */
  key: string;
  credit: Credit;
  /** Sections touched, most recently changed first, each once. */
  sections: string[];
  wordsAdded: number;
  wordsRemoved: number;
  charactersAdded: number;
  charactersRemoved: number;
  sessions: number;
  lastAt: string;
}

/** Others' sessions since a visit, one entry per person, the most recently active first. */
export function sinceLastVisitSummary(sessions: readonly EditSession[]): PersonSinceLastVisit[] {
  const byPerson = new Map<string, PersonSinceLastVisit>();
  for (const session of sessions) {
    const key = creditKey(session.credit);
    let entry = byPerson.get(key);
    if (!entry) {
      entry = {
        key,
        credit: session.credit,
        sections: [],
        wordsAdded: 0,
        wordsRemoved: 0,
        charactersAdded: 0,
        charactersRemoved: 0,
        sessions: 0,
        lastAt: session.endedAt,
      };
      byPerson.set(key, entry);
    }
    for (const section of session.sections) if (!entry.sections.includes(section)) entry.sections.push(section);
    entry.wordsAdded += session.wordsAdded;
    entry.wordsRemoved += session.wordsRemoved;
    entry.charactersAdded += session.charactersAdded;
    entry.charactersRemoved += session.charactersRemoved;
    entry.sessions += 1;
    if (session.endedAt > entry.lastAt) entry.lastAt = session.endedAt;
  }
  return Array.from(byPerson.values()).sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}
