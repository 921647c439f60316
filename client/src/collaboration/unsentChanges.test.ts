import { describe, expect, it } from 'vitest';
import { hasUnsentChanges, trackUnsentChanges } from './unsentChanges.ts';

describe('unsentChanges', () => {
  it('knows whether any open document holds changes the server has not confirmed', () => {
    const first = trackUnsentChanges();
    const second = trackUnsentChanges();
    expect(hasUnsentChanges()).toBe(false);

    first.report(2);
    second.report(1);
    expect(hasUnsentChanges()).toBe(true);

    first.report(0);
    expect(hasUnsentChanges()).toBe(true);
    second.forget();
    expect(hasUnsentChanges()).toBe(false);
  });
});
