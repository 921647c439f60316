import { type CardVoteResult, IdeasLimits, type Perspective } from '@roundtable/shared';
import type { IdeaVoteRecord } from '../../store/IdeasStore.ts';
import { shuffled } from './shuffled.ts';

type Shown = keyof CardVoteResult['byPerspective'];

/** "Both" counts in lived experience and in professional; "rather not say" is shown apart. */
const countsIn: Record<Perspective, Shown[]> = {
  'lived-experience': ['lived-experience'],
  professional: ['professional'],
  both: ['lived-experience', 'professional'],
  unsaid: ['unsaid'],
};

/**
 * The results of a closed vote: most votes first, cards with as many votes sharing a
 * rank (and in no set order among themselves), every card of the round listed. A
 * perspective with fewer than three voters shows null: its count could point at them.
 */
export function voteResults(cardIds: readonly string[], votes: readonly IdeaVoteRecord[]): CardVoteResult[] {
  const votersIn = new Map<Shown, Set<string>>();
  for (const vote of votes) {
    for (const shown of countsIn[vote.voterPerspective]) {
      const voters = votersIn.get(shown) ?? new Set<string>();
      voters.add(vote.voterHash);
      votersIn.set(shown, voters);
    }
  }
  const showable = (shown: Shown) => (votersIn.get(shown)?.size ?? 0) >= IdeasLimits.perspectiveSplitFrom;
  const tallies = shuffled(cardIds).map((cardId) => {
    const onCard = votes.filter((vote) => vote.cardId === cardId);
    const count = (shown: Shown) =>
      showable(shown) ? onCard.filter((vote) => countsIn[vote.voterPerspective].includes(shown)).length : null;
    return {
      cardId,
      total: onCard.length,
      byPerspective: {
        'lived-experience': count('lived-experience'),
        professional: count('professional'),
        unsaid: count('unsaid'),
      },
    };
  });
  tallies.sort((a, b) => b.total - a.total);
  return tallies.map((tally) => ({ ...tally, rank: 1 + tallies.filter((other) => other.total > tally.total).length }));
}
