import { CloseCode, closeExplanations } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { explainStopReason, meansLostAccess, stopReasonFromAuthentication, stopReasonFromClose } from './stopReason.ts';

describe('stopReason', () => {
  it('maps the server close codes to their names', () => {
    expect(stopReasonFromClose(CloseCode.AccessRevoked, '')).toBe('AccessRevoked');
    expect(stopReasonFromClose(CloseCode.MessageTooBig, undefined)).toBe('MessageTooBig');
  });

  it('maps a reason string when the code is a plain close', () => {
    expect(stopReasonFromClose(1000, 'access-revoked')).toBe('AccessRevoked');
    expect(stopReasonFromClose(1000, 'not-signed-in')).toBe('NotSignedIn');
  });

  it('ignores ordinary drops, which are retried', () => {
    expect(stopReasonFromClose(1006, '')).toBeNull();
    expect(stopReasonFromClose(1000, 'Server closed the connection')).toBeNull();
    expect(stopReasonFromClose(4408, 'forced')).toBeNull();
  });

  it('treats every authentication refusal as a stop, explained when named', () => {
    expect(stopReasonFromAuthentication('not-a-member')).toBe('NotAMember');
    expect(stopReasonFromAuthentication('permission-denied')).toBe('Refused');
    expect(explainStopReason('AccessRevoked')).toBe(closeExplanations.AccessRevoked);
    expect(explainStopReason('Refused')).toMatch(/cannot open this document/);
  });

  it('tells lost access apart from a change that failed', () => {
    expect(meansLostAccess('AccessRevoked')).toBe(true);
    expect(meansLostAccess('Refused')).toBe(true);
    expect(meansLostAccess('DocumentTooLarge')).toBe(false);
    expect(meansLostAccess('ForgedClientId')).toBe(false);
    expect(meansLostAccess('NotSignedIn')).toBe(false);
  });
});
