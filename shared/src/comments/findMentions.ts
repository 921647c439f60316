export interface MentionCandidate {
  id: string;
  displayName: string;
}

export interface MentionMatch {
  personId: string;
  /** Where "@" is, and the index just after the name. */
  start: number;
  end: number;
}

const isNameCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}_]/u.test(character);

/**
 * "@Ada Lovelace" in plain comment text, matched against the project's members.
 * Names may contain spaces, so at each "@" the longest member name that follows
 * (ignoring case) wins, and it must end at a word boundary: "@Adam" is not "@Ada".
 */
export function findMentions(text: string, candidates: readonly MentionCandidate[]): MentionMatch[] {
  const byLongestName = [...candidates]
    .filter((person) => person.displayName.trim().length > 0)
    .sort((a, b) => b.displayName.length - a.displayName.length);
  const matches: MentionMatch[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    // An email address (ada@example.org) is not a mention.
    if (isNameCharacter(text[at - 1])) continue;
    const person = byLongestName.find((candidate) => {
      const { length } = candidate.displayName;
      // Compared slice by slice: lower-casing can change a text's length, and so its positions.
      const following = text.slice(at + 1, at + 1 + length).toLocaleLowerCase('en-GB');
      return following === candidate.displayName.toLocaleLowerCase('en-GB') && !isNameCharacter(text[at + 1 + length]);
    });
    if (!person) continue;
    const end = at + 1 + person.displayName.length;
    matches.push({ personId: person.id, start: at, end });
    at = end - 1;
  }
  return matches;
}

/** The distinct people a text mentions, in order of first mention. */
export function mentionedPeople(text: string, candidates: readonly MentionCandidate[]): string[] {
  return [...new Set(findMentions(text, candidates).map((match) => match.personId))];
}
