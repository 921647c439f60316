import { describe, expect, it } from 'vitest';
import { insertMention, matchingPeople, mentionQuery, unmatchedMentions } from './mentionQuery.ts';

const people = [
  { id: 'ada', displayName: 'Ada Lovelace' },
  { id: 'sam', displayName: 'Sam Okafor' },
  { id: 'lou', displayName: 'Louise Adams' },
];

describe('mentionQuery', () => {
  it('finds the name being typed after "@", spaces included', () => {
    expect(mentionQuery('Thanks @Ad', 10)).toEqual({ start: 7, text: 'Ad' });
    expect(mentionQuery('@Sam Ok', 7)).toEqual({ start: 0, text: 'Sam Ok' });
  });

  it('ignores email addresses, a bare "@" and text after a line break', () => {
    expect(mentionQuery('ada@exam', 8)).toBeNull();
    expect(mentionQuery('Hi @', 4)).toBeNull();
    expect(mentionQuery('@Ada\nnext', 9)).toBeNull();
  });
});

describe('matchingPeople', () => {
  it('matches the start of the name or of any word in it, full-name matches first', () => {
    expect(matchingPeople('ad', people).map((person) => person.id)).toEqual(['ada', 'lou']);
    expect(matchingPeople('zz', people)).toEqual([]);
  });
});

describe('insertMention', () => {
  it('replaces the typed "@pre" with the whole name and a space', () => {
    const text = 'Thanks @Ad for this';
    const query = mentionQuery(text, 10);
    expect(query).not.toBeNull();
    if (!query) return;
    expect(insertMention(text, query, { id: 'ada', displayName: 'Ada Lovelace' })).toEqual({
      text: 'Thanks @Ada Lovelace for this',
      caret: 21,
    });
  });
});

describe('unmatchedMentions', () => {
  it('lists each "@word" that names nobody, once, and leaves real mentions and email addresses alone', () => {
    expect(unmatchedMentions('Thanks @Ada Lovelace and @sam okafor', people)).toEqual([]);
    expect(unmatchedMentions('Ask @Lenna, and @Lenna again, or lou@example.org', people)).toEqual(['@Lenna']);
    expect(unmatchedMentions('@Ada said so; @Bob’s idea', people)).toEqual(['@Ada', '@Bob’s']);
    expect(unmatchedMentions('An @ on its own', people)).toEqual([]);
  });
});
