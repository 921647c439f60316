import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@roundtable/shared';
import { ApiRequestError } from './ApiRequestError.ts';
import { parseApiError } from './parseApiError.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export const NETWORK_MESSAGE = 'We could not reach Roundtable. Check your internet connection and try again.';

/**
 * The one way the client talks to the JSON API. Resolves with the parsed body (or
 * undefined for 204) and rejects with an ApiRequestError holding a message to show.
 */
export async function apiRequest<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers[CSRF_HEADER] = CSRF_HEADER_VALUE;
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'network', NETWORK_MESSAGE);
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  if (text !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) throw parseApiError(response.status, parsed);
  return parsed as T;
}
