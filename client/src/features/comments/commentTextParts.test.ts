import { describe, expect, it } from 'vitest';
import { commentTextParts } from './commentTextParts.ts';

const people = [
  { id: 'ada', displayName: 'Ada Lovelace' },
  { id: 'sam', displayName: 'Sam Okafor' },
];

describe('commentTextParts', () => {
  it('finds web and email links, leaving a full stop after them as text', () => {
    expect(commentTextParts('See https://example.org/plan. Or mailto:ada@example.org', people)).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/plan', href: 'https://example.org/plan' },
      { kind: 'text', text: '. Or ' },
      { kind: 'link', text: 'mailto:ada@example.org', href: 'mailto:ada@example.org' },
    ]);
  });

  it('never makes a link of other schemes', () => {
    const parts = commentTextParts('javascript:alert(1) data:text/html,<b>x</b>', people);
    expect(parts.every((part) => part.kind === 'text')).toBe(true);
  });

  it('marks mentions of members', () => {
    expect(commentTextParts('Thanks @Ada Lovelace!', people)).toEqual([
      { kind: 'text', text: 'Thanks ' },
      { kind: 'mention', text: '@Ada Lovelace', personId: 'ada' },
      { kind: 'text', text: '!' },
    ]);
  });
});
