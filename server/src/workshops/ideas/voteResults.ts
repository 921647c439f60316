import { type CardVoteResult, IdeasLimits, type Perspective, perspectives } from '@roundtable/shared';
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

const hidden: CardVoteResult['byPerspective'] = { 'lived-experience': null, professional: null, unsaid: null };

/**
 * The results of a closed vote: most votes first, cards with as many votes sharing a
 * rank (and in no set order among themselves), every card of the round listed.
 *
 * The split by perspective is given only when every perspective that voted has at
 * least three voters. Hiding just the small group would not do: its votes could be
 * worked out from the total minus the groups shown.
 */
export function voteResults(cardIds: readonly string[], votes: readonly IdeaVoteRecord[]): CardVoteResult[] {
  const voters = new Map<Perspective, Set<string>>(perspectives.map((perspective) => [perspective, new Set()]));
  for (const vote of votes) voters.get(vote.voterPerspective)?.add(vote.voterHash);
  const splitShown = [...voters.values()].every(
    (group) => group.size === 0 || group.size >= IdeasLimits.perspectiveSplitFrom,
  );
  const tallies = shuffled(cardIds).map((cardId) => {
    const onCard = votes.filter((vote) => vote.cardId === cardId);
    const count = (shown: Shown) => onCard.filter((vote) => countsIn[vote.voterPerspective].includes(shown)).length;
    return {
      cardId,
      total: onCard.length,
      byPerspective: splitShown
        ? {
            'lived-experience': count('lived-experience'),
            professional: count('professional'),
            unsaid: count('unsaid'),
          }
        : hidden,
    };
  });
  tallies.sort((a, b) => b.total - a.total);
  return tallies.map((tally) => ({ ...tally, rank: 1 + tallies.filter((other) => other.total > tally.total).length }));
}
