import { type CloseCodeName, closeCodeName, closeExplanations, closeReasons } from '@roundtable/shared';

/** Why the server will not let this page keep editing: a known close code, or a refusal we cannot name. */
export type StopReason = CloseCodeName | 'Refused';

const reasonToName = new Map<string, CloseCodeName>(
  Object.entries(closeReasons).map(([name, reason]) => [reason, name as CloseCodeName]),
);

/**
 * The server says why it closed either as a websocket close code or, when it closes one
 * document on a shared socket, as a reason string; both map to the same explanation.
 */
export function stopReasonFromClose(code: number, reason: string | undefined): StopReason | null {
  return closeCodeName(code) ?? (reason ? (reasonToName.get(reason) ?? null) : null);
}

/** Authentication refusals carry only a reason; any refusal stops editing. */
export function stopReasonFromAuthentication(reason: string): StopReason {
  return reasonToName.get(reason) ?? 'Refused';
}

// Not NotSignedIn: a lapsed session says nothing about access, and this device may hold
// words written offline that should reach everyone once the person signs in again.
const lostAccess: ReadonlySet<StopReason> = new Set<StopReason>(['NotAMember', 'AccessRevoked', 'Refused']);

/** The person may no longer read the document (as opposed to a change that failed). */
export function meansLostAccess(reason: StopReason): boolean {
  return lostAccess.has(reason);
}

export function explainStopReason(reason: StopReason): string {
  if (reason === 'Refused') return 'You cannot open this document. You may not be a member of its project any more.';
  return closeExplanations[reason];
}
