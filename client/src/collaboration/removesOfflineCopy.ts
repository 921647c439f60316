import { CloseCode, closeReasons } from '@roundtable/shared';

/*
 * This device's copy of a document may hold words that exist nowhere else (written
 * offline, or refused by a server having a bad moment). It is removed only when the
 * server has said plainly that this person may no longer read the document; a fault,
 * a restart or a refusal we cannot name keeps it.
 */

/**
 * The server closed the connection because the person was removed from the project, or
 * is not a member of it (said with its reason too, as a bare 4404 could come from anywhere).
 */
export function closeRemovesOfflineCopy(code: number, reason: string | undefined): boolean {
  if (code === CloseCode.AccessRevoked) return true;
  if (code === CloseCode.NotAMember && reason === closeReasons.NotAMember) return true;
  // The same statement, made for one document on a socket that stays open.
  return code === 1000 && reason === closeReasons.AccessRevoked;
}

/** The server refused to open the document because the person is not a member of its project. */
export function refusalRemovesOfflineCopy(reason: string): boolean {
  return reason === closeReasons.NotAMember;
}
