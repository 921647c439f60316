import {
  type IdeaCardView,
  IdeasLimits,
  type IdeasRoundResponse,
  type IdeasRoundView,
  type IdeasVoting,
  type Perspective,
  perspectives,
} from '@roundtable/shared';
import type { IdeaCardRecord, IdeasRoundRecord, IdeasStore } from '../../store/IdeasStore.ts';
import type { UserStore } from '../../store/UserStore.ts';
import type { DocumentSections } from '../DocumentSections.ts';
import type { TakingPart } from '../live/RunningWorkshops.ts';
import { type CardWriters, wrote } from './CardWriters.ts';
import { shuffled } from './shuffled.ts';
import { voteResults } from './voteResults.ts';

/**
 * Each person's own view of ideas rounds: their own cards always, everyone's once the
 * round's cards are seen by all; writers only in named rounds; cards shuffled, with no
 * times. This is the only place cards become answers, so every rule about what may be
 * seen is kept here.
 */
export class IdeasRoundViews {
  constructor(
    private readonly ideasStore: IdeasStore,
    private readonly userStore: UserStore,
    private readonly sections: DocumentSections,
    private readonly writers: CardWriters,
  ) {}

  async of(part: TakingPart, rounds: readonly IdeasRoundRecord[], userId: string): Promise<IdeasRoundView[]> {
    if (rounds.length === 0) return [];
    const [headings, cardsByRound] = await Promise.all([
      this.sections.of(part.workshop.projectId, part.workshop.documentId),
      Promise.all(rounds.map((round) => this.ideasStore.listCards(round.id))),
    ]);
    const titles = new Map(headings.map((heading) => [heading.sectionId, heading.title]));
    const named = rounds.flatMap((round, index) =>
      round.anonymous ? [round.createdBy] : [round.createdBy, ...namedWriters(cardsByRound[index] ?? [])],
    );
    const names = new Map(
      (await this.userStore.listPeopleNames([...new Set(named)])).map((person) => [person.id, person.displayName]),
    );
    const nameOf = (id: string) => ({ id, displayName: names.get(id) ?? 'A former member' });
    return Promise.all(
      rounds.map(async (round, index) => {
        const cards = cardsByRound[index] ?? [];
        const me = await this.writers.of(round, userId);
        const seenByAll = !round.privateUntilRevealed || round.revealed;
        const visible = seenByAll ? cards : cards.filter((card) => wrote(me, card));
        const voting = await this.voting(round, cards, userId);
        return {
          id: round.id,
          workshopId: round.workshopId,
          sectionId: round.sectionId,
          sectionTitle: titles.get(round.sectionId) ?? null,
          prompt: round.prompt,
          anonymous: round.anonymous,
          privateUntilRevealed: round.privateUntilRevealed,
          revealed: seenByAll,
          state: round.state,
          createdBy: nameOf(round.createdBy),
          cardCount: cards.length,
          myCardCount: cards.filter((card) => wrote(me, card)).length,
          settingsFixed: cards.length > 0,
          cards: shuffled(
            visible.map(
              (card): IdeaCardView => ({
                id: card.id,
                text: card.text,
                mine: wrote(me, card),
                // Read from the round, not the card: an anonymous round never names a writer.
                writer: round.anonymous || card.writerId === null ? null : nameOf(card.writerId),
              }),
            ),
          ),
          // Only once the cards can no longer change: a split that moved as each card
          // appeared would give away the perspective of whoever wrote it.
          perspectives: seenByAll && round.state === 'closed' ? perspectiveSplit(cards) : null,
          voting,
        };
      }),
    );
  }

  /** One round as the person asking sees it, with whether they may run it. */
  async response(part: TakingPart, round: IdeasRoundRecord, userId: string): Promise<IdeasRoundResponse> {
    const [view] = await this.of(part, [round], userId);
    if (!view) throw new Error('Every round has a view.');
    return { round: view, canRun: part.runsTheRoom };
  }

  /** While voting, only how many have voted (and your own votes); results once it has closed. */
  private async voting(
    round: IdeasRoundRecord,
    cards: readonly IdeaCardRecord[],
    userId: string,
  ): Promise<IdeasVoting> {
    const started = round.voting !== 'not-started';
    const [votes, me] = started
      ? await Promise.all([this.ideasStore.listVotes(round.id), this.writers.voterOf(round.id, userId)])
      : [[], null];
    return {
      state: round.voting,
      votesPerPerson: round.votesPerPerson,
      manyPerCard: round.votesManyPerCard,
      ownCards: round.votesOwnCards,
      voterCount: new Set(votes.map((vote) => vote.voterHash)).size,
      myVotes: votes
        .filter((vote) => vote.voterHash === me)
        .map((vote) => vote.cardId)
        .sort(),
      results:
        round.voting === 'closed'
          ? voteResults(
              cards.map((card) => card.id),
              votes,
            )
          : null,
    };
  }
}

function namedWriters(cards: readonly IdeaCardRecord[]): string[] {
  return cards.flatMap((card) => (card.writerId === null ? [] : [card.writerId]));
}

/** Too few cards to split without pointing at someone: no split at all. */
function perspectiveSplit(cards: readonly IdeaCardRecord[]): Record<Perspective, number> | null {
  if (cards.length < IdeasLimits.perspectiveSplitFrom) return null;
  const split = Object.fromEntries(perspectives.map((perspective) => [perspective, 0])) as Record<Perspective, number>;
  for (const card of cards) split[card.writerPerspective] += 1;
  return split;
}
