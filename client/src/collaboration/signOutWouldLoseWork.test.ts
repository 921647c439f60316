import { beforeEach, describe, expect, it } from 'vitest';
import { signOutWouldLoseWork, trackUnconfirmedChanges } from './signOutWouldLoseWork.ts';
import { clearUnsentEdits, flagUnsentEdits, UNSENT_EDIT_FLAGS_KEY } from './unsentEditFlags.ts';

describe('signOutWouldLoseWork', () => {
  beforeEach(() => localStorage.clear());

  it('knows whether any open document holds changes the server has not confirmed', () => {
    const first = trackUnconfirmedChanges();
    const second = trackUnconfirmedChanges();
    expect(signOutWouldLoseWork()).toBe(false);

    first.report(2);
    second.report(1);
    expect(signOutWouldLoseWork()).toBe(true);

    first.report(0);
    expect(signOutWouldLoseWork()).toBe(true);
    second.forget();
    expect(signOutWouldLoseWork()).toBe(false);
  });

  it('also counts copies flagged by a page that has closed, or by another tab', () => {
    flagUnsentEdits('roundtable:u-sam:doc-1');
    expect(signOutWouldLoseWork()).toBe(true);
    clearUnsentEdits('roundtable:u-sam:doc-1');
    expect(signOutWouldLoseWork()).toBe(false);

    // Another tab writes the same storage.
    localStorage.setItem(UNSENT_EDIT_FLAGS_KEY, JSON.stringify(['roundtable:u-sam:doc-2']));
    expect(signOutWouldLoseWork()).toBe(true);
  });
});
