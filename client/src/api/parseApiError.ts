import type { ApiErrorCode } from '@roundtable/shared';
import { ApiRequestError } from './ApiRequestError.ts';

const knownCodes: ReadonlySet<string> = new Set<ApiErrorCode>([
  'invalid-request',
  'not-signed-in',
  'forbidden',
  'not-found',
  'conflict',
  'too-many-attempts',
  'payload-too-large',
  'csrf',
  'internal',
]);

/** Used when a proxy or crash answers instead of the Roundtable server. */
function fallbackFor(status: number): { code: ApiErrorCode; message: string } {
  if (status === 401) return { code: 'not-signed-in', message: 'Please sign in to continue.' };
  if (status === 403) return { code: 'forbidden', message: 'You do not have permission to do that.' };
  if (status === 404) return { code: 'not-found', message: 'We could not find that. It may have been removed.' };
  if (status === 409) return { code: 'conflict', message: 'That clashes with a change someone else made.' };
  if (status === 413) return { code: 'payload-too-large', message: 'That is too large to send.' };
  if (status === 429)
    return { code: 'too-many-attempts', message: 'There have been too many attempts. Wait a while and try again.' };
  return { code: 'internal', message: 'Something went wrong on our side. Please try again in a moment.' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringFields(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(value)) {
    if (typeof message === 'string' && message.trim() !== '') fields[key] = message;
  }
  return fields;
}

/** Turns an error response body (already parsed, or null if it was not JSON) into an ApiRequestError. */
export function parseApiError(status: number, body: unknown): ApiRequestError {
  const fallback = fallbackFor(status);
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error) return new ApiRequestError(status, fallback.code, fallback.message);
  const code =
    typeof error.code === 'string' && knownCodes.has(error.code) ? (error.code as ApiErrorCode) : fallback.code;
  const message = typeof error.message === 'string' && error.message.trim() !== '' ? error.message : fallback.message;
  return new ApiRequestError(status, code, message, stringFields(error.fields));
}
