import { describe, expect, it } from 'vitest';
import { COMMENT_EXCERPT_LENGTH, commentExcerpt } from './commentExcerpt.ts';

describe('commentExcerpt', () => {
  it('puts a comment on one line', () => {
    expect(commentExcerpt('  Warm homes,\n\nand buses. ')).toBe('Warm homes, and buses.');
  });

  it('cuts a long comment at a word', () => {
    const long = 'word '.repeat(100);
    const excerpt = commentExcerpt(long);
    expect(excerpt.length).toBeLessThanOrEqual(COMMENT_EXCERPT_LENGTH + 1);
    expect(excerpt).toMatch(/word…$/);
  });
});
