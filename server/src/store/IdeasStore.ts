import type { IdeasRoundState, Perspective, VotingState } from '@roundtable/shared';

/** An ideas round of a workshop. Times are milliseconds since the epoch. */
export interface IdeasRoundRecord {
  id: string;
  workshopId: string;
  sectionId: string;
  prompt: string;
  anonymous: boolean;
  privateUntilRevealed: boolean;
  /** One-way: once true, it stays true. */
  revealed: boolean;
  state: IdeasRoundState;
  createdBy: string;
  createdAt: number;
  voting: VotingState;
  /** Set as voting opens. */
  votesPerPerson: number | null;
  votesManyPerCard: boolean;
  votesOwnCards: boolean;
}

/** One dot on a card: never who put it there, only a keyed hash of voter and round, and their perspective. */
export interface IdeaVoteRecord {
  id: string;
  roundId: string;
  cardId: string;
  voterHash: string;
  voterPerspective: Perspective;
}

export type VotingRulesRecord = Pick<IdeasRoundRecord, 'votesPerPerson' | 'votesManyPerCard' | 'votesOwnCards'> & {
  votesPerPerson: number;
};

/**
 * One idea card. It has no time, and its id is random. In a named round `writerId` is
 * set and `writerHash` null; in an anonymous round `writerId` is always null and
 * `writerHash` is a keyed hash of writer and round.
 */
export interface IdeaCardRecord {
  id: string;
  roundId: string;
  writerId: string | null;
  writerHash: string | null;
  writerPerspective: Perspective;
  text: string;
}

/** Who wrote a card, as the store can match it: by id in a named round, by keyed hash in an anonymous one. */
export type CardWriter = { writerId: string } | { writerHash: string };

export type IdeasRoundSettings = Partial<
  Pick<IdeasRoundRecord, 'sectionId' | 'prompt' | 'anonymous' | 'privateUntilRevealed'>
>;

/**
 * Ideas rounds and their cards. Adding a card and changing a round's settings wait for
 * each other, so a card never lands in a round whose anonymity changed under it, and no
 * card is added, changed or removed once the round has closed. Every store passes
 * IdeasStore.contract.test.ts.
 */
export interface IdeasStore {
  /** False, creating nothing, when the workshop already has `limit` rounds. */
  createRound(round: IdeasRoundRecord, limit: number): Promise<boolean>;
  /** Oldest first. */
  listRounds(workshopId: string): Promise<IdeasRoundRecord[]>;
  findRound(workshopId: string, roundId: string): Promise<IdeasRoundRecord | undefined>;
  /**
   * Changes the round's settings. Anonymity and privacy can change only while the round
   * has no cards: `has-cards`, changing nothing, otherwise.
   */
  updateRound(roundId: string, change: IdeasRoundSettings): Promise<'updated' | 'has-cards' | 'not-found'>;
  /** False, changing nothing, when asked to open a round for cards once its voting has started. */
  setState(roundId: string, state: IdeasRoundState): Promise<boolean>;
  /** Reveals every card of the round at once; there is no way back. */
  reveal(roundId: string): Promise<void>;
  /**
   * Adds the card while the round is open and its writer has fewer than `perWriter`
   * cards in it; otherwise changes nothing and says why. `settings-changed` when the
   * round's anonymity or privacy is no longer what the writer saw (`written`), or the card
   * was made for the other kind of round (named or anonymous) than the round is now.
   */
  addCard(
    card: IdeaCardRecord,
    writer: CardWriter,
    perWriter: number,
    written: Pick<IdeasRoundRecord, 'anonymous' | 'privateUntilRevealed'>,
  ): Promise<'added' | 'not-open' | 'full' | 'settings-changed'>;
  /** Every card of the round, in no order to rely on. */
  listCards(roundId: string): Promise<IdeaCardRecord[]>;
  /** How many cards each of the rounds has; rounds with none are left out. */
  countCards(roundIds: readonly string[]): Promise<Map<string, number>>;
  findCard(roundId: string, cardId: string): Promise<IdeaCardRecord | undefined>;
  /** Changes a card's words while the round is open. */
  updateCardText(roundId: string, cardId: string, text: string): Promise<'updated' | 'not-open' | 'not-found'>;
  /** Removes a card while the round is open. */
  deleteCard(roundId: string, cardId: string): Promise<'deleted' | 'not-open' | 'not-found'>;
  /**
   * Opens voting with its rules, on a closed round whose cards everyone can see and
   * whose voting has not started; `not-ready`, changing nothing, otherwise.
   */
  openVoting(roundId: string, rules: VotingRulesRecord): Promise<'opened' | 'not-ready'>;
  /** Ends voting for good. */
  closeVoting(roundId: string): Promise<void>;
  /** Replaces all of the voter's votes in the round with these, while voting is open. */
  castVotes(roundId: string, votes: readonly IdeaVoteRecord[], voterHash: string): Promise<'cast' | 'not-open'>;
  /** Every vote of the round, in no order to rely on. */
  listVotes(roundId: string): Promise<IdeaVoteRecord[]>;
}
