import { describe, expect, it } from 'vitest';
import { findMentions, mentionedPeople } from './findMentions.ts';

const members = [
  { id: 'ada', displayName: 'Ada' },
  { id: 'ada-l', displayName: 'Ada Lovelace' },
  { id: 'sam', displayName: 'Sam Okafor' },
];

describe('findMentions', () => {
  it('prefers the longest member name after each @', () => {
    expect(mentionedPeople('Thanks @Ada Lovelace and @ada, see @Sam Okafor.', members)).toEqual([
      'ada-l',
      'ada',
      'sam',
    ]);
  });

  it('reports where each mention is', () => {
    expect(findMentions('Hi @Sam Okafor!', members)).toEqual([{ personId: 'sam', start: 3, end: 14 }]);
  });

  it('needs the name to end at a word boundary and ignores email addresses', () => {
    expect(mentionedPeople('@Adam wrote to ada@example.org and @Sam', members)).toEqual([]);
  });

  it('finds nobody in text without mentions', () => {
    expect(mentionedPeople('No one here. @', members)).toEqual([]);
  });
});
