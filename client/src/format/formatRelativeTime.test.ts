import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './formatRelativeTime.ts';

const now = new Date('2026-11-29T12:00:00Z').getTime();
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('formatRelativeTime', () => {
  it('says how long ago in words, then the date', () => {
    expect(formatRelativeTime(ago(20_000), now)).toBe('just now');
    expect(formatRelativeTime(ago(60_000), now)).toBe('1 minute ago');
    expect(formatRelativeTime(ago(5 * 3_600_000), now)).toBe('5 hours ago');
    expect(formatRelativeTime(ago(30 * 3_600_000), now)).toBe('yesterday');
    expect(formatRelativeTime(ago(3 * 86_400_000), now)).toBe('3 days ago');
    expect(formatRelativeTime('2026-10-01T10:00:00Z', now)).toBe('on 1 October 2026');
  });
});
