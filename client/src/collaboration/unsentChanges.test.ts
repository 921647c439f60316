import { beforeEach, describe, expect, it } from 'vitest';
import { hasUnsentChanges, trackUnsentChanges } from './unsentChanges.ts';
import { clearUnsentEdits, flagUnsentEdits, UNSENT_COPIES_KEY } from './unsentCopies.ts';

describe('unsentChanges', () => {
  beforeEach(() => localStorage.clear());

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

  it('also counts copies flagged by a page that has closed, or by another tab', () => {
    flagUnsentEdits('roundtable:u-sam:doc-1');
    expect(hasUnsentChanges()).toBe(true);
    clearUnsentEdits('roundtable:u-sam:doc-1');
    expect(hasUnsentChanges()).toBe(false);

    // Another tab writes the same storage.
    localStorage.setItem(UNSENT_COPIES_KEY, JSON.stringify(['roundtable:u-sam:doc-2']));
    expect(hasUnsentChanges()).toBe(true);
  });
});
