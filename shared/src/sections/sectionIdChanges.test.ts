import { describe, expect, it } from 'vitest';
import { isSectionId, MAX_SECTION_ID_LENGTH, newSectionId } from './newSectionId.ts';
import { sectionIdChanges } from './sectionIdChanges.ts';

describe('newSectionId', () => {
  it('makes short url-safe ids that differ each time', () => {
    const ids = Array.from({ length: 1000 }, newSectionId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('isSectionId', () => {
  it.each([
    ['a made id', newSectionId(), true],
    ['the longest allowed', 'a'.repeat(MAX_SECTION_ID_LENGTH), true],
    ['one too long', 'a'.repeat(MAX_SECTION_ID_LENGTH + 1), false],
    ['empty', '', false],
    ['a number', 42, false],
    ['nothing', null, false],
    ['spaces', 'two words', false],
    ['markup', '"><script>', false],
  ])('%s: %s', (_case, value, expected) => {
    expect(isSectionId(value)).toBe(expected);
  });
});

describe('sectionIdChanges', () => {
  it('changes nothing when every heading has an id of its own', () => {
    expect(sectionIdChanges(['a', 'b', 'c']).size).toBe(0);
  });

  it('gives an id to each heading without a valid one', () => {
    const changes = sectionIdChanges(['a', null, undefined, 7, 'x'.repeat(65)]);
    expect([...changes.keys()]).toEqual([1, 2, 3, 4]);
    for (const id of changes.values()) expect(isSectionId(id)).toBe(true);
  });

  it('lets the first of headings sharing an id keep it, and gives the others new ones', () => {
    const changes = sectionIdChanges(['a', 'b', 'a', 'c', 'a']);
    expect([...changes.keys()]).toEqual([2, 4]);
    const given = [...changes.values()];
    expect(new Set(given).size).toBe(2);
    for (const id of given) expect(['a', 'b', 'c']).not.toContain(id);
  });

  it('lets a heading known to have had the id keep it ahead of an earlier copy', () => {
    expect([...sectionIdChanges(['a', 'b', 'a'], new Set([2])).keys()]).toEqual([0]);
    // A keeper whose id nobody shares changes nothing.
    expect(sectionIdChanges(['a', 'b'], new Set([1])).size).toBe(0);
  });

  it('decides the same headings on every device', () => {
    const current = ['a', 'a', null, 'b', 'b'];
    expect([...sectionIdChanges(current).keys()]).toEqual([...sectionIdChanges(current).keys()]);
  });
});
