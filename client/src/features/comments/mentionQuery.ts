import { findMentions, type MentionCandidate } from '@roundtable/shared';

export interface MentionQuery {
  /** Where the "@" is. */
  start: number;
  /** What follows it, up to the caret. */
  text: string;
}

/** Names are short; a longer run after "@" is ordinary writing, not a name being typed. */
const LONGEST_QUERY = 40;

const isNameCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}_]/u.test(character);

/** The "@name" being typed just before the caret, or null when the caret is not in one. */
export function mentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start === -1 || caret - start - 1 > LONGEST_QUERY) return null;
  // "ada@example.org" is an email address, not a mention.
  if (isNameCharacter(before[start - 1])) return null;
  const query = before.slice(start + 1);
  if (query.length === 0 || /[\n\r]/.test(query) || query.startsWith(' ')) return null;
  return { start, text: query };
}

/** Members whose name, or a word of it, starts with what was typed; full-name matches first. */
export function matchingPeople(query: string, people: readonly MentionCandidate[], limit = 6): MentionCandidate[] {
  const wanted = query.toLocaleLowerCase('en-GB');
  const scored = people
    .map((person) => {
      const name = person.displayName.toLocaleLowerCase('en-GB');
      if (name.startsWith(wanted)) return { person, score: 0 };
      if (name.split(/\s+/).some((word) => word.startsWith(wanted))) return { person, score: 1 };
      return null;
    })
    .filter((entry): entry is { person: MentionCandidate; score: number } => entry !== null);
  scored.sort((a, b) => a.score - b.score || a.person.displayName.localeCompare(b.person.displayName, 'en-GB'));
  return scored.slice(0, limit).map((entry) => entry.person);
}

/** The text with the typed "@pre" replaced by the chosen name, and where the caret goes after it. */
export function insertMention(
  text: string,
  query: MentionQuery,
  person: MentionCandidate,
): { text: string; caret: number } {
  const inserted = `@${person.displayName} `;
  const end = query.start + 1 + query.text.length;
  const after = text.slice(end).replace(/^ /, '');
  return { text: text.slice(0, query.start) + inserted + after, caret: query.start + inserted.length };
}

/**
 * The "@words" in a text that name nobody in the project, such as "@Lenna": sent as
 * they are, they would tell nobody. Email addresses are not mentions.
 */
export function unmatchedMentions(text: string, people: readonly MentionCandidate[]): string[] {
  const matched = new Set(findMentions(text, people).map((match) => match.start));
  const unmatched: string[] = [];
  for (const found of text.matchAll(/@[\p{L}\p{N}_][\p{L}\p{N}_'’-]*/gu)) {
    const at = found.index;
    if (matched.has(at) || isNameCharacter(text[at - 1])) continue;
    if (!unmatched.includes(found[0])) unmatched.push(found[0]);
  }
  return unmatched;
}
