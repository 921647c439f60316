import {
  type ContributionShare,
  type ContributionsResponse,
  type Credit,
  creditedPersonId,
  creditKey,
  type EditSession,
  type HistoryPerson,
  TEMPLATE_CREDIT,
  voiceOf,
  writtenBy,
} from '@roundtable/shared';
import * as Y from 'yjs';
import type { HistoryIndex } from './HistoryIndex.ts';

/**
 * The balance of voice in the current text: how many of its characters each person
 * wrote (words recorded for someone count as theirs; the scribe's count of recorded
 * characters is kept apart), how many comments each wrote, and the same by perspective.
 * The template's starting words are nobody's voice: they are counted apart, and the
 * shares are of the words people wrote.
 */
export function balanceOfVoice(
  index: HistoryIndex,
  sessions: readonly EditSession[],
  people: readonly HistoryPerson[],
  comments: ReadonlyMap<string, number> = new Map(),
): Omit<ContributionsResponse, 'people'> {
  // Everyone with a row, by voice key, in the order they first show up.
  const voices = new Map<string, Credit>();
  const noteVoice = (voice: Credit): string => {
    const key = creditKey(voice);
    if (!voices.has(key)) voices.set(key, voice);
    return key;
  };
  const written = new Map<string, number>();
  const recorded = new Map<string, number>();
  let total = 0;
  index.withAttributedPieces(() =>
    visitVisibleText(index.fragment, (item) => {
      const credit = index.writerOf(item.id)?.credit ?? TEMPLATE_CREDIT;
      const key = noteVoice(voiceOf(credit));
      total += item.length;
      written.set(key, (written.get(key) ?? 0) + item.length);
      if (credit.kind === 'recorded')
        recorded.set(credit.recordedById, (recorded.get(credit.recordedById) ?? 0) + item.length);
    }),
  );
  for (const scribeId of recorded.keys()) noteVoice(writtenBy(scribeId));
  const sessionCounts = new Map<string, number>();
  for (const session of sessions) {
    const key = noteVoice(voiceOf(session.credit));
    sessionCounts.set(key, (sessionCounts.get(key) ?? 0) + 1);
  }
  for (const commenterId of comments.keys()) noteVoice(writtenBy(commenterId));

  const templateKey = creditKey(TEMPLATE_CREDIT);
  const templateCharacters = written.get(templateKey) ?? 0;
  const peoplesCharacters = total - templateCharacters;
  const share = (characters: number) => (peoplesCharacters === 0 ? 0 : characters / peoplesCharacters);
  voices.delete(templateKey);
  const byPerson = [...voices].map(([key, credit]) => {
    const characters = written.get(key) ?? 0;
    const personId = creditedPersonId(credit);
    return {
      credit,
      characters,
      share: share(characters),
      editSessions: sessionCounts.get(key) ?? 0,
      comments: personId ? (comments.get(personId) ?? 0) : 0,
      recordedCharacters: personId ? (recorded.get(personId) ?? 0) : 0,
    };
  });
  byPerson.sort((a, b) => b.characters - a.characters || b.editSessions - a.editSessions || b.comments - a.comments);

  const perspectiveOf = new Map(people.map((person) => [person.id, person.perspective ?? ('former-member' as const)]));
  const byPerspective = new Map<string, ContributionShare & { people: number }>();
  for (const person of byPerson) {
    const personId = creditedPersonId(person.credit);
    // The template is left out above: a row without a person is text nobody can be credited with.
    const perspective = personId === null ? 'unknown-writer' : (perspectiveOf.get(personId) ?? 'former-member');
    const group = byPerspective.get(perspective) ?? {
      characters: 0,
      share: 0,
      editSessions: 0,
      comments: 0,
      people: 0,
    };
    group.characters += person.characters;
    group.share = share(group.characters);
    group.editSessions += person.editSessions;
    group.comments += person.comments;
    group.people += 1;
    byPerspective.set(perspective, group);
  }
  return {
    totalCharacters: total,
    templateCharacters,
    byPerson,
    byPerspective: [...byPerspective].map(([perspective, group]) => ({
      perspective: perspective as ContributionsResponse['byPerspective'][number]['perspective'],
      ...group,
    })),
  };
}

function visitVisibleText(type: { _start: Y.Item | null }, visit: (item: Y.Item) => void): void {
  for (let item = type._start; item; item = item.right) {
    if (item.deleted) continue;
    if (item.content instanceof Y.ContentString) visit(item);
    else if (item.content instanceof Y.ContentType) visitVisibleText(item.content.type, visit);
  }
}
