import { CloseCode, closeReasons } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { closeRemovesOfflineCopy, refusalRemovesOfflineCopy } from './removesOfflineCopy.ts';

describe('removesOfflineCopy', () => {
  it('removes the copy when the person was removed from the project', () => {
    expect(closeRemovesOfflineCopy(CloseCode.AccessRevoked, closeReasons.AccessRevoked)).toBe(true);
    expect(closeRemovesOfflineCopy(CloseCode.AccessRevoked, '')).toBe(true);
    expect(closeRemovesOfflineCopy(1000, closeReasons.AccessRevoked)).toBe(true);
    expect(refusalRemovesOfflineCopy(closeReasons.NotAMember)).toBe(true);
    expect(closeRemovesOfflineCopy(CloseCode.NotAMember, closeReasons.NotAMember)).toBe(true);
  });

  it('keeps the copy after a server fault, a restart or changed rights', () => {
    expect(closeRemovesOfflineCopy(CloseCode.ServerError, closeReasons.ServerError)).toBe(false);
    expect(closeRemovesOfflineCopy(CloseCode.ServerRestarting, '')).toBe(false);
    expect(closeRemovesOfflineCopy(CloseCode.AccessChanged, '')).toBe(false);
    expect(refusalRemovesOfflineCopy(closeReasons.ServerError)).toBe(false);
  });

  it('keeps the copy for refusals it cannot name and for other stops', () => {
    expect(refusalRemovesOfflineCopy('permission-denied')).toBe(false);
    expect(refusalRemovesOfflineCopy('')).toBe(false);
    expect(refusalRemovesOfflineCopy('Not-A-Member')).toBe(false);
    expect(refusalRemovesOfflineCopy(closeReasons.NotSignedIn)).toBe(false);
    expect(closeRemovesOfflineCopy(CloseCode.NotSignedIn, closeReasons.NotSignedIn)).toBe(false);
    expect(closeRemovesOfflineCopy(CloseCode.DocumentTooLarge, '')).toBe(false);
    expect(closeRemovesOfflineCopy(4404, '')).toBe(false);
    expect(closeRemovesOfflineCopy(1006, '')).toBe(false);
  });
});
