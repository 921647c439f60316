import { randomUUID } from 'node:crypto';
import type { IdeasRoundResponse, VotingRules } from '@roundtable/shared';
import { DomainError } from '../../errors/DomainError.ts';
import type { WorkshopRoomEvents } from '../../events/WorkshopRoomEvents.ts';
import type { IdeasStore, IdeaVoteRecord } from '../../store/IdeasStore.ts';
import { type CardWriters, wrote } from './CardWriters.ts';
import type { IdeasRoundAccess, InRound } from './IdeasRoundAccess.ts';
import type { IdeasRoundViews } from './IdeasRoundViews.ts';
import { tellRoundChanged } from './tellRoundChanged.ts';

/**
 * Dot voting on a round's cards. A lead or facilitator opens it (which ends adding
 * cards) with its rules and closes it; every member places all their votes at once and
 * may move them until it closes. The server checks every rule: how many votes, more
 * than one on a card, votes for your own card. Votes are kept without names.
 */
export class IdeasVotingService {
  constructor(
    private readonly access: IdeasRoundAccess,
    private readonly ideasStore: IdeasStore,
    private readonly writers: CardWriters,
    private readonly views: IdeasRoundViews,
    private readonly events: WorkshopRoomEvents,
  ) {}

  async open(
    projectId: string,
    workshopId: string,
    roundId: string,
    userId: string,
    rules: VotingRules,
  ): Promise<IdeasRoundResponse> {
    const inRound = await this.access.runnerInRound(projectId, workshopId, roundId, userId);
    const { round } = inRound;
    if (round.voting !== 'not-started') {
      throw new DomainError('conflict', 'Voting on this round has already started.');
    }
    if (round.state === 'draft') {
      throw new DomainError(
        'conflict',
        'This round has not been opened for cards yet, so there is nothing to vote on.',
      );
    }
    if (round.privateUntilRevealed && !round.revealed) {
      throw new DomainError('conflict', 'Reveal the cards first: everyone needs to see them to vote.');
    }
    if ((await this.ideasStore.listCards(roundId)).length === 0) {
      throw new DomainError('conflict', 'This round has no cards to vote on.');
    }
    // No new cards once voting opens: the round closes first, so the count below is final.
    await this.ideasStore.setState(roundId, 'closed');
    const cards = await this.ideasStore.listCards(roundId);
    const votesPerPerson = rules.votesPerPerson ?? Math.max(1, Math.ceil(cards.length / 3));
    const opened = await this.ideasStore.openVoting(roundId, {
      votesPerPerson,
      votesManyPerCard: rules.manyPerCard,
      votesOwnCards: rules.ownCards,
    });
    if (opened === 'not-ready') throw new DomainError('conflict', 'Voting on this round could not open. Look again.');
    return this.changed(inRound, userId);
  }

  /** Closing a vote already closed changes nothing. */
  async close(projectId: string, workshopId: string, roundId: string, userId: string): Promise<IdeasRoundResponse> {
    const inRound = await this.access.runnerInRound(projectId, workshopId, roundId, userId);
    if (inRound.round.voting === 'not-started') {
      throw new DomainError('conflict', 'Voting on this round has not started, so there is nothing to close.');
    }
    await this.ideasStore.closeVoting(roundId);
    return this.changed(inRound, userId);
  }

  /** All the person's votes at once, replacing any they had: that is how votes move. */
  async cast(
    projectId: string,
    workshopId: string,
    roundId: string,
    userId: string,
    cardIds: readonly string[],
  ): Promise<IdeasRoundResponse> {
    const inRound = await this.access.memberInRound(projectId, workshopId, roundId, userId);
    const { part, round } = inRound;
    if (round.voting !== 'open') throw votingNotOpen(round.voting);
    const allowed = round.votesPerPerson ?? 0;
    if (cardIds.length > allowed) {
      throw invalid(`You have ${allowed} vote${allowed === 1 ? '' : 's'} in this round. Take some away to vote again.`);
    }
    if (!round.votesManyPerCard && new Set(cardIds).size < cardIds.length) {
      throw invalid('In this round each card can have only one of your votes.');
    }
    const cards = new Map((await this.ideasStore.listCards(roundId)).map((card) => [card.id, card]));
    const me = await this.writers.of(round, userId);
    for (const cardId of cardIds) {
      const card = cards.get(cardId);
      if (!card) throw invalid('One of those cards is not in this round. Look at the round again.');
      if (!round.votesOwnCards && wrote(me, card)) {
        throw invalid('In this round you cannot vote for your own cards.');
      }
    }
    const voterHash = await this.writers.voterOf(roundId, userId);
    const votes: IdeaVoteRecord[] = cardIds.map((cardId) => ({
      id: randomUUID(),
      roundId,
      cardId,
      voterHash,
      voterPerspective: part.me.perspective,
    }));
    const result = await this.ideasStore.castVotes(roundId, votes, voterHash);
    if (result === 'not-open') throw votingNotOpen((await this.access.round(part, roundId)).voting);
    return this.changed(inRound, userId);
  }

  private async changed({ part, round: before }: InRound, userId: string): Promise<IdeasRoundResponse> {
    tellRoundChanged(this.events, part, before.id);
    return this.views.response(part, await this.access.round(part, before.id), userId);
  }
}

const invalid = (message: string) => new DomainError('invalid-request', message, { cardIds: message });

function votingNotOpen(state: string): DomainError {
  return new DomainError(
    'conflict',
    state === 'closed' ? 'Voting on this round has closed.' : 'Voting on this round has not started yet.',
  );
}
