import type { IdeasRoundState, Perspective, VotingState } from '@roundtable/shared';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { IdeaCardRecord, IdeasRoundRecord, IdeaVoteRecord } from '../IdeasStore.ts';

/** Rows of ideas rounds, cards and votes to records and back. Flags are 0 or 1 in both databases. */

type RoundRow = DatabaseSchema['ideas_rounds'];
type CardRow = DatabaseSchema['idea_cards'];
type VoteRow = DatabaseSchema['idea_votes'];

export function toVoteRow(vote: IdeaVoteRecord): VoteRow {
  return {
    id: vote.id,
    round_id: vote.roundId,
    card_id: vote.cardId,
    voter_hash: vote.voterHash,
    voter_perspective: vote.voterPerspective,
  };
}

export function toRound(row: RoundRow): IdeasRoundRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    sectionId: row.section_id,
    prompt: row.prompt,
    anonymous: Boolean(row.anonymous),
    privateUntilRevealed: Boolean(row.private_until_revealed),
    revealed: Boolean(row.revealed),
    state: row.state as IdeasRoundState,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    voting: row.voting as VotingState,
    votesPerPerson: row.votes_per_person === null ? null : Number(row.votes_per_person),
    votesManyPerCard: Boolean(row.votes_many_per_card),
    votesOwnCards: Boolean(row.votes_own_cards),
  };
}

export function toRoundRow(round: IdeasRoundRecord): RoundRow {
  return {
    id: round.id,
    workshop_id: round.workshopId,
    section_id: round.sectionId,
    prompt: round.prompt,
    anonymous: round.anonymous ? 1 : 0,
    private_until_revealed: round.privateUntilRevealed ? 1 : 0,
    revealed: round.revealed ? 1 : 0,
    state: round.state,
    created_by: round.createdBy,
    created_at: round.createdAt,
    voting: round.voting,
    votes_per_person: round.votesPerPerson,
    votes_many_per_card: round.votesManyPerCard ? 1 : 0,
    votes_own_cards: round.votesOwnCards ? 1 : 0,
  };
}

export function toCard(row: CardRow): IdeaCardRecord {
  return {
    id: row.id,
    roundId: row.round_id,
    writerId: row.writer_id,
    writerHash: row.writer_hash,
    writerPerspective: row.writer_perspective as Perspective,
    text: row.text,
  };
}

export function toCardRow(card: IdeaCardRecord): CardRow {
  return {
    id: card.id,
    round_id: card.roundId,
    writer_id: card.writerId,
    writer_hash: card.writerHash,
    writer_perspective: card.writerPerspective,
    text: card.text,
  };
}

export function toVote(row: VoteRow): IdeaVoteRecord {
  return {
    id: row.id,
    roundId: row.round_id,
    cardId: row.card_id,
    voterHash: row.voter_hash,
    voterPerspective: row.voter_perspective as Perspective,
  };
}
