/**
 * WebSocket close codes the server uses, and what the client tells people for each.
 * 4000–4999 is the range the WebSocket protocol leaves to applications.
 */
export const CloseCode = {
  /** No session cookie, or the session has expired or was signed out. */
  NotSignedIn: 4401,
  /** The upgrade request came from a page on another site. */
  OriginRefused: 4403,
  /** A frame could not be decoded as a collaboration message. */
  MalformedMessage: 4400,
  /** The person is not a member of the project that owns the document. */
  NotAMember: 4404,
  /** The person was removed from the project while connected. */
  AccessRevoked: 4410,
  /** An update wrote with a Yjs client id that belongs to someone else. */
  ForgedClientId: 4409,
  /** The document would grow past its size limit. */
  DocumentTooLarge: 4413,
  /** An update whose result would not fit the document schema (unknown nodes or marks, unsafe links …). */
  DoesNotFitDocument: 4422,
  /** A frame larger than MAX_FRAME_BYTES (the standard "message too big" code). */
  MessageTooBig: 1009,
  /** The server is restarting; the client reconnects by itself (the standard "service restart" code). */
  ServerRestarting: 1012,
  /** Something failed on the server (for example its database); the client retries later. */
  ServerError: 1011,
  /**
   * What the person may do with the document changed (it was archived or restored);
   * the client reconnects at once and is told its new rights.
   */
  AccessChanged: 4412,
  /**
   * The page was built for an older document schema than the server's (see
   * DOCUMENT_SCHEMA_VERSION), or did not say which. Its editor could not show newer
   * content and would delete what it cannot build, so it must not edit: reloading helps.
   */
  ReloadNeeded: 4426,
} as const;

export type CloseCodeName = keyof typeof CloseCode;

export const closeReasons: Record<CloseCodeName, string> = {
  NotSignedIn: 'not-signed-in',
  OriginRefused: 'origin-refused',
  MalformedMessage: 'malformed-message',
  NotAMember: 'not-a-member',
  AccessRevoked: 'access-revoked',
  ForgedClientId: 'forged-client-id',
  DocumentTooLarge: 'document-too-large',
  DoesNotFitDocument: 'does-not-fit-document',
  MessageTooBig: 'message-too-big',
  ServerRestarting: 'server-restarting',
  ServerError: 'server-error',
  AccessChanged: 'access-changed',
  ReloadNeeded: 'reload-needed',
};

/** Plain-English explanations shown to the person whose connection was closed. */
export const closeExplanations: Record<CloseCodeName, string> = {
  NotSignedIn: 'You have been signed out. Sign in again to keep editing.',
  OriginRefused: 'This page is not allowed to connect to Roundtable.',
  MalformedMessage: 'Something went wrong with the connection. Reload the page to continue.',
  NotAMember: 'You are not a member of this project.',
  AccessRevoked: 'You are no longer a member of this project.',
  ForgedClientId: 'A change could not be accepted. Reload the page to continue.',
  DocumentTooLarge: 'This document has reached its size limit. Your last change was not saved.',
  DoesNotFitDocument: 'That change could not be made: it does not fit this document. Reload the page to continue.',
  MessageTooBig: 'That change was too large to send. Try pasting less at once.',
  ServerRestarting: 'Roundtable is restarting. Your changes are kept on this device and will be sent when it is back.',
  ServerError: 'Roundtable could not open this document just now. Your changes are kept on this device; trying again…',
  AccessChanged: 'This document was archived or restored. Reconnecting…',
  ReloadNeeded: 'Roundtable has been updated. Reload the page to keep editing; your changes are kept on this device.',
};

/** Close codes after which the client should simply reconnect: nothing is wrong with what it sent. */
export const retryableCloseCodes: ReadonlySet<number> = new Set([
  CloseCode.ServerRestarting,
  CloseCode.ServerError,
  CloseCode.AccessChanged,
]);

export function closeCodeName(code: number): CloseCodeName | null {
  const entry = Object.entries(CloseCode).find(([, value]) => value === code);
  return entry ? (entry[0] as CloseCodeName) : null;
}
