import type { Perspective } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import type { IdeaVoteRecord } from '../../store/IdeasStore.ts';
import { voteResults } from './voteResults.ts';

let next = 0;
const vote = (cardId: string, voterHash: string, voterPerspective: Perspective): IdeaVoteRecord => ({
  id: `vote-${next++}`,
  roundId: 'round',
  cardId,
  voterHash,
  voterPerspective,
});

/** Each voter puts one vote on each of the cards given. */
const votesOf = (voters: Array<[string, Perspective, string[]]>) =>
  voters.flatMap(([hash, perspective, cards]) => cards.map((card) => vote(card, hash, perspective)));

describe('vote results', () => {
  it('ranks cards by their votes, with ties sharing a rank and every card listed', () => {
    const results = voteResults(
      ['a', 'b', 'c', 'd'],
      votesOf([
        ['v1', 'professional', ['a', 'b']],
        ['v2', 'professional', ['a', 'b']],
        ['v3', 'professional', ['c']],
      ]),
    );
    expect(results.map(({ total, rank }) => ({ total, rank }))).toEqual([
      { total: 2, rank: 1 },
      { total: 2, rank: 1 },
      { total: 1, rank: 3 },
      { total: 0, rank: 4 },
    ]);
    expect(
      results
        .slice(0, 2)
        .map((result) => result.cardId)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('splits by perspective, "both" on each side and "rather not say" apart, when every group that voted has three voters', () => {
    const results = voteResults(
      ['a', 'b'],
      votesOf([
        ['l1', 'lived-experience', ['a']],
        ['l2', 'lived-experience', ['a']],
        ['l3', 'lived-experience', ['b']],
        ['p1', 'professional', ['b']],
        ['p2', 'professional', ['b']],
        ['p3', 'professional', ['a']],
        ['b1', 'both', ['a']],
        ['b2', 'both', ['a']],
        ['b3', 'both', ['b']],
        ['u1', 'unsaid', ['a']],
        ['u2', 'unsaid', ['a']],
        ['u3', 'unsaid', ['a']],
      ]),
    );
    const a = results.find((result) => result.cardId === 'a');
    expect(a).toMatchObject({ total: 8, byPerspective: { 'lived-experience': 4, professional: 3, unsaid: 3 } });
  });

  it('gives no split at all when any group that voted has fewer than three voters, so none can be worked out', () => {
    const results = voteResults(
      ['a'],
      votesOf([
        ['l1', 'lived-experience', ['a']],
        ['l2', 'lived-experience', ['a']],
        ['l3', 'lived-experience', ['a']],
        ['p1', 'professional', ['a']],
        ['p2', 'professional', ['a']],
        ['p3', 'professional', ['a']],
        ['u1', 'unsaid', ['a']],
      ]),
    );
    expect(results[0]?.byPerspective).toEqual({ 'lived-experience': null, professional: null, unsaid: null });
  });
});
