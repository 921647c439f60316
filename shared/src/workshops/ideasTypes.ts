import type { Perspective } from '../people/perspectives.ts';
import type { WorkshopPerson } from './workshopTypes.ts';

/**
 * What the ideas rounds API returns. A round is created as a draft, opened to take
 * cards and closed; its anonymity and privacy are fixed once it has cards.
 */

export const ideasRoundStates = ['draft', 'open', 'closed'] as const;
export type IdeasRoundState = (typeof ideasRoundStates)[number];

/**
 * One idea card as the person asking may see it. Cards come in no particular order,
 * carry no times, and their ids are random, so nothing says who wrote first.
 */
export interface IdeaCardView {
  id: string;
  text: string;
  /** Whether the person asking wrote it. */
  mine: boolean;
  /** Who wrote it, in a named round; always null in an anonymous round, to everyone. */
  writer: WorkshopPerson | null;
}

export const votingStates = ['not-started', 'open', 'closed'] as const;
export type VotingState = (typeof votingStates)[number];

/**
 * How a card did in the vote. Votes are never shown by name. "Both" counts in lived
 * experience and in professional; "rather not say" is shown apart. The split is null
 * throughout unless every perspective that voted has at least three voters in the round:
 * a smaller group's votes could point at them, or be worked out from the rest.
 */
export interface CardVoteResult {
  cardId: string;
  total: number;
  /** 1 for the most votes; cards with as many votes share a rank. */
  rank: number;
  byPerspective: {
    'lived-experience': number | null;
    professional: number | null;
    unsaid: number | null;
  };
}

export interface IdeasVoting {
  state: VotingState;
  /** Set as voting opens. */
  votesPerPerson: number | null;
  /** Whether one person may put more than one vote on a card. */
  manyPerCard: boolean;
  /** Whether people may vote for their own cards. */
  ownCards: boolean;
  /** How many people have voted; while voting, the only thing anyone sees of the votes. */
  voterCount: number;
  /** The card ids the person asking voted for, once per vote. */
  myVotes: string[];
  /** Only once voting has closed: most votes first; null before. */
  results: CardVoteResult[] | null;
}

export interface IdeasRoundView {
  id: string;
  workshopId: string;
  sectionId: string;
  /** The section's heading now; null once it has gone from the document. */
  sectionTitle: string | null;
  prompt: string;
  /** Cards show no writer, to anyone. */
  anonymous: boolean;
  /** Cards are hidden from everyone but their writer until a lead or facilitator reveals them all. */
  privateUntilRevealed: boolean;
  /** Whether hidden cards have been revealed; always true in a round that is not private. */
  revealed: boolean;
  state: IdeasRoundState;
  createdBy: WorkshopPerson;
  /** How many cards the round has, seen or not. */
  cardCount: number;
  myCardCount: number;
  /** Whether anonymity and privacy can no longer change, because the round has cards. */
  settingsFixed: boolean;
  /** The cards the person asking may see, shuffled: their own always, everyone's once revealed. */
  cards: IdeaCardView[];
  /**
   * How many cards came from each perspective: only once the round has closed and
   * everyone's cards can be seen, and only from three cards up; null otherwise.
   */
  perspectives: Record<Perspective, number> | null;
  voting: IdeasVoting;
}

export interface IdeasRoundsResponse {
  workshopId: string;
  rounds: IdeasRoundView[];
  /** Whether the person asking may create, open, close and reveal rounds. */
  canRun: boolean;
}

export interface IdeasRoundResponse {
  round: IdeasRoundView;
  canRun: boolean;
}
