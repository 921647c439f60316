import { describe, expect, it } from 'vitest';
import { characterCount } from './characterCount.ts';

describe('characterCount', () => {
  it('stays out of the way while there is plenty of room', () => {
    expect(characterCount('Joint Older People’s Strategy', 120)).toBeNull();
  });

  it('counts down near the limit, as the server counts, without surrounding spaces', () => {
    expect(characterCount('a'.repeat(100), 120)).toEqual({ text: 'You have 20 characters left.', over: false });
    expect(characterCount(`  ${'a'.repeat(119)}  `, 120)).toEqual({ text: 'You have 1 character left.', over: false });
    expect(characterCount('a'.repeat(120), 120)).toEqual({ text: 'You have 0 characters left.', over: false });
  });

  it('says how far over the limit a pasted text is', () => {
    expect(characterCount('a'.repeat(500), 120)).toEqual({
      text: 'You have 380 characters too many. The limit is 120 characters.',
      over: true,
    });
  });
});
