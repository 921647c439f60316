import { CloseCode, closeExplanations, closeReasons } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import {
  explainStopReason,
  meansLostAccess,
  meansRefusedChange,
  outcomeOfClose,
  outcomeOfRefusal,
} from './stopReason.ts';

describe('stopReason', () => {
  it('maps the server close codes to their names', () => {
    expect(outcomeOfClose(CloseCode.AccessRevoked, '')).toEqual({ kind: 'stop', reason: 'AccessRevoked' });
    expect(outcomeOfClose(CloseCode.MessageTooBig, undefined)).toEqual({ kind: 'stop', reason: 'MessageTooBig' });
  });

  it('maps a reason string when the code is a plain close', () => {
    expect(outcomeOfClose(1000, 'access-revoked')).toEqual({ kind: 'stop', reason: 'AccessRevoked' });
    expect(outcomeOfClose(1000, 'not-signed-in')).toEqual({ kind: 'stop', reason: 'NotSignedIn' });
  });

  it('ignores ordinary drops, which are retried', () => {
    expect(outcomeOfClose(1006, '')).toEqual({ kind: 'drop' });
    expect(outcomeOfClose(1000, 'Server closed the connection')).toEqual({ kind: 'drop' });
    expect(outcomeOfClose(4408, 'forced')).toEqual({ kind: 'drop' });
  });

  it('comes back on a fresh socket when the server closed only this document, for a reason it did not name', () => {
    expect(outcomeOfClose(1000, 'Reset Connection', true)).toEqual({ kind: 'retry', cause: 'ServerError' });
    expect(outcomeOfClose(1000, closeReasons.AccessRevoked, true)).toEqual({ kind: 'stop', reason: 'AccessRevoked' });
  });

  it('comes back after a restart, a server fault or changed rights, instead of stopping', () => {
    expect(outcomeOfClose(CloseCode.ServerRestarting, '')).toEqual({ kind: 'retry', cause: 'ServerRestarting' });
    expect(outcomeOfClose(CloseCode.ServerError, 'server-error')).toEqual({ kind: 'retry', cause: 'ServerError' });
    expect(outcomeOfClose(CloseCode.AccessChanged, '')).toEqual({ kind: 'retry', cause: 'AccessChanged' });
    expect(outcomeOfClose(1000, closeReasons.ServerRestarting)).toEqual({ kind: 'retry', cause: 'ServerRestarting' });
    expect(outcomeOfClose(1000, closeReasons.AccessChanged)).toEqual({ kind: 'retry', cause: 'AccessChanged' });
    expect(outcomeOfRefusal(closeReasons.ServerError)).toEqual({ kind: 'retry', cause: 'ServerError' });
  });

  it('treats other authentication refusals as a stop, explained when named', () => {
    expect(outcomeOfRefusal('not-a-member')).toEqual({ kind: 'stop', reason: 'NotAMember' });
    expect(outcomeOfRefusal('permission-denied')).toEqual({ kind: 'stop', reason: 'Refused' });
    expect(explainStopReason('AccessRevoked')).toBe(closeExplanations.AccessRevoked);
    expect(explainStopReason('Refused')).toMatch(/cannot open this document/);
  });

  it('stops for good, with a reload as the way on, when the page is older than the server', () => {
    expect(outcomeOfRefusal(closeReasons.ReloadNeeded)).toEqual({ kind: 'stop', reason: 'ReloadNeeded' });
    expect(outcomeOfClose(CloseCode.ReloadNeeded, '')).toEqual({ kind: 'stop', reason: 'ReloadNeeded' });
    expect(explainStopReason('ReloadNeeded')).toBe(
      'Roundtable has been updated. Reload the page to keep editing; your changes are kept on this device.',
    );
    expect(meansLostAccess('ReloadNeeded')).toBe(false);
    expect(meansRefusedChange('ReloadNeeded')).toBe(false);
  });

  it('treats a change that does not fit the document as refused, so the device stops re-sending it', () => {
    expect(outcomeOfClose(CloseCode.DoesNotFitDocument, '')).toEqual({ kind: 'stop', reason: 'DoesNotFitDocument' });
    expect(meansRefusedChange('DoesNotFitDocument')).toBe(true);
    expect(meansLostAccess('DoesNotFitDocument')).toBe(false);
  });

  it('says plainly why words kept while the document was archived were not saved', () => {
    expect(explainStopReason('KeptWhileArchived')).toMatch(/archived, so Roundtable could not save your last changes/);
    expect(meansLostAccess('KeptWhileArchived')).toBe(false);
  });

  it('tells lost access apart from a change that failed or a refusal we cannot name', () => {
    expect(meansLostAccess('AccessRevoked')).toBe(true);
    expect(meansLostAccess('NotAMember')).toBe(true);
    expect(meansLostAccess('Refused')).toBe(false);
    expect(meansLostAccess('DocumentTooLarge')).toBe(false);
    expect(meansLostAccess('ForgedClientId')).toBe(false);
    expect(meansLostAccess('NotSignedIn')).toBe(false);
  });

  it('knows which stops leave a refused change in this device copy', () => {
    expect(meansRefusedChange('DocumentTooLarge')).toBe(true);
    expect(meansRefusedChange('MessageTooBig')).toBe(true);
    expect(meansRefusedChange('AccessRevoked')).toBe(false);
    expect(meansRefusedChange('NotSignedIn')).toBe(false);
  });
});
