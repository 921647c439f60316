import type { ContributionShare, ContributionsResponse, EditSession, HistoryPerson } from '@roundtable/shared';
import * as Y from 'yjs';
import type { HistoryIndex } from './HistoryIndex.ts';

/**
 * The balance of voice in the current text: how many of its characters each person
 * wrote (words recorded for someone count as theirs; the scribe's count of recorded
 * characters is kept apart), how many comments each wrote, and the same by perspective.
 */
export function balanceOfVoice(
  index: HistoryIndex,
  sessions: readonly EditSession[],
  people: readonly HistoryPerson[],
  comments: ReadonlyMap<string, number> = new Map(),
): Omit<ContributionsResponse, 'people'> {
  const written = new Map<string | null, number>();
  const recorded = new Map<string, number>();
  let total = 0;
  index.withAttributedPieces(() =>
    visitVisibleText(index.fragment, (item) => {
      const change = index.writerOf(item.id);
      const authorId = change?.authorId ?? null;
      total += item.length;
      written.set(authorId, (written.get(authorId) ?? 0) + item.length);
      if (change?.recordedById)
        recorded.set(change.recordedById, (recorded.get(change.recordedById) ?? 0) + item.length);
    }),
  );
  const share = (characters: number) => (total === 0 ? 0 : characters / total);
  const sessionsOf = (id: string | null) => sessions.filter((session) => session.authorId === id).length;
  const ids = new Set<string | null>([
    ...written.keys(),
    ...recorded.keys(),
    ...sessions.map((s) => s.authorId),
    ...comments.keys(),
  ]);
  const byPerson = [...ids].map((personId) => {
    const characters = written.get(personId) ?? 0;
    return {
      personId,
      characters,
      share: share(characters),
      editSessions: sessionsOf(personId),
      comments: personId ? (comments.get(personId) ?? 0) : 0,
      recordedCharacters: personId ? (recorded.get(personId) ?? 0) : 0,
    };
  });
  byPerson.sort((a, b) => b.characters - a.characters || b.editSessions - a.editSessions || b.comments - a.comments);

  const perspectiveOf = new Map(people.map((person) => [person.id, person.perspective ?? ('former-member' as const)]));
  const byPerspective = new Map<string, ContributionShare & { people: number }>();
  for (const person of byPerson) {
    const perspective = person.personId === null ? 'template' : (perspectiveOf.get(person.personId) ?? 'former-member');
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
