import {
  CloseCode,
  type CloseCodeName,
  closeCodeName,
  closeExplanations,
  closeReasons,
  retryableCloseCodes,
} from '@roundtable/shared';

/**
 * Why this page may not keep editing: a known close code, a refusal we cannot name, or
 * words this device holds that the server would not take because the document was
 * archived, which this page keeps to itself until the person chooses what to do.
 */
export type StopReason = CloseCodeName | 'Refused' | 'KeptWhileArchived';

/**
 * What a closed or refused connection means for this page: stop editing for good, come
 * back (the server asked us to, or failed for a moment), or an ordinary drop that the
 * provider retries by itself.
 */
export type ConnectionOutcome =
  | { kind: 'stop'; reason: StopReason }
  | { kind: 'retry'; cause: CloseCodeName }
  | { kind: 'drop' };

const reasonToName = new Map<string, CloseCodeName>(
  Object.entries(closeReasons).map(([name, reason]) => [reason, name as CloseCodeName]),
);

function isRetryable(name: CloseCodeName): boolean {
  return retryableCloseCodes.has(CloseCode[name]);
}

function outcomeOfName(name: CloseCodeName): ConnectionOutcome {
  return isRetryable(name) ? { kind: 'retry', cause: name } : { kind: 'stop', reason: name };
}

/**
 * The server says why it closed either as a websocket close code or, when it closes one
 * document on a shared socket, as a reason string; both mean the same.
 */
export function outcomeOfClose(code: number, reason: string | undefined, socketStillOpen = false): ConnectionOutcome {
  const name = closeCodeName(code) ?? (reason ? reasonToName.get(reason) : undefined);
  if (name) return outcomeOfName(name);
  // The server closed only this document, for a reason it did not name (Hocuspocus does
  // so after an exception: 'Reset Connection'). The provider stays on the open socket
  // without asking for the document again, so edits would never be sent while the page
  // said "Connected". A fresh socket authenticates afresh; wait as after a fault.
  return socketStillOpen ? { kind: 'retry', cause: 'ServerError' } : { kind: 'drop' };
}

/**
 * Authentication refusals carry only a reason. One we cannot name still stops editing:
 * retrying would only be refused again.
 */
export function outcomeOfRefusal(reason: string): ConnectionOutcome {
  const name = reasonToName.get(reason);
  return name ? outcomeOfName(name) : { kind: 'stop', reason: 'Refused' };
}

// Not NotSignedIn: a lapsed session says nothing about access. Not 'Refused' either: a
// refusal we cannot name may be a fault, and the text may hold this person's own words.
const lostAccess: ReadonlySet<StopReason> = new Set<StopReason>(['NotAMember', 'AccessRevoked']);

/** The person may no longer read the document (as opposed to a change that failed). */
export function meansLostAccess(reason: StopReason): boolean {
  return lostAccess.has(reason);
}

// Each refuses a change that is already in this device's copy, which the sync handshake
// would send again after every reload.
const refusedChange: ReadonlySet<StopReason> = new Set<StopReason>([
  'MessageTooBig',
  'DocumentTooLarge',
  'ForgedClientId',
  'MalformedMessage',
  'DoesNotFitDocument',
]);

/** The server refused something this device keeps trying to send; only discarding it gets the person unstuck. */
export function meansRefusedChange(reason: StopReason): boolean {
  return refusedChange.has(reason);
}

export function explainStopReason(reason: StopReason): string {
  if (reason === 'KeptWhileArchived')
    return 'This document was archived, so Roundtable could not save your last changes. They are kept on this device, and are not sent unless you choose to send them.';
  if (reason === 'Refused')
    return 'You cannot open this document just now. Anything you wrote is kept on this device. Reload the page to try again, or ask the project lead whether you are still a member.';
  return closeExplanations[reason];
}
