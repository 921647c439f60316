import type { ApiErrorCode } from '@roundtable/shared';

/** The network failed before the server could answer. */
export type ClientErrorCode = ApiErrorCode | 'network';

/** A failed API request, carrying the server's plain-English message for the person. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  get isNotSignedIn(): boolean {
    return this.status === 401;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}
