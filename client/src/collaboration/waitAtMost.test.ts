import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitAtMost } from './waitAtMost.ts';

describe('waitAtMost', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('finishes with the work', async () => {
    let finished = false;
    void waitAtMost(2000, () => Promise.resolve()).then(() => {
      finished = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(finished).toBe(true);
  });

  it('stops waiting for work that never answers', async () => {
    let finished = false;
    void waitAtMost(2000, () => new Promise(() => {})).then(() => {
      finished = true;
    });
    await vi.advanceTimersByTimeAsync(1999);
    expect(finished).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(finished).toBe(true);
  });

  it('swallows failures, whether promised or thrown at once', async () => {
    await expect(waitAtMost(2000, () => Promise.reject(new Error('storage failed')))).resolves.toBeUndefined();
    await expect(
      waitAtMost(2000, () => {
        throw new Error('storage blocked');
      }),
    ).resolves.toBeUndefined();
  });
});
