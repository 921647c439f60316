import type { RecordOnBehalfMessage } from '@roundtable/shared';

export const RECORD_ON_BEHALF_EVENT = 'record-on-behalf';

/** What the server said to a request to record for someone: the person now recorded for, or why not. */
export type RecordOnBehalfReply = { personId: string | null; error: null } | { personId: string | null; error: string };

export function recordOnBehalfRequest(personId: string | null): string {
  const message: RecordOnBehalfMessage = { event: RECORD_ON_BEHALF_EVENT, personId };
  return JSON.stringify(message);
}

/** Reads the server's answer; anything else on the stateless channel is not for this and gives null. */
export function parseRecordOnBehalfReply(payload: string): RecordOnBehalfReply | null {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null) return null;
  const { event, personId, error } = message as Record<string, unknown>;
  if (event !== RECORD_ON_BEHALF_EVENT) return null;
  const id = typeof personId === 'string' ? personId : null;
  if (typeof error === 'string' && error.trim() !== '') return { personId: id, error };
  return { personId: id, error: null };
}
