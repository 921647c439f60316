/** Limits of ideas rounds, shared by the client (to warn early) and the server (to enforce). */
export const IdeasLimits = {
  promptMax: 200,
  /** An idea card holds one short idea, not an essay. */
  cardTextMax: 280,
  /** Enough for anyone with a lot to say in one round; a sign of something gone wrong past it. */
  cardsPerPersonMax: 30,
  roundsPerWorkshopMax: 50,
  /**
   * The split of a round's cards by perspective is shown only over at least this many
   * cards: with fewer, a split could point at who wrote an anonymous card.
   */
  perspectiveSplitFrom: 3,
  votesPerPersonMax: 50,
} as const;
