import type { ApiErrorCode } from '@roundtable/shared';

/**
 * A refusal the person can act on. Services throw it; the HTTP layer turns the code
 * into a status and shows the message as it is, so messages are plain English.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'That page') =>
  new DomainError('not-found', `${what} could not be found. It may have been removed, or you may not have access.`);
export const forbidden = (message: string) => new DomainError('forbidden', message);
