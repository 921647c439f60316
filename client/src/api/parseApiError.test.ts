import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from './ApiRequestError.ts';
import { apiRequest } from './apiRequest.ts';
import { parseApiError } from './parseApiError.ts';

describe('parseApiError', () => {
  it('keeps the server message, code and field messages', () => {
    const error = parseApiError(400, {
      error: {
        code: 'invalid-request',
        message: 'Check the highlighted answers.',
        fields: { email: 'Enter an email address.', password: 42 },
      },
    });
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid-request');
    expect(error.message).toBe('Check the highlighted answers.');
    expect(error.fields).toEqual({ email: 'Enter an email address.' });
  });

  it('falls back to a plain-English message when the body is not an API error', () => {
    const error = parseApiError(502, '<html>Bad gateway</html>');
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/something went wrong/i);
    expect(error.fields).toEqual({});
  });

  it('treats an unknown code by its status', () => {
    const error = parseApiError(429, { error: { code: 'slow-down', message: '' } });
    expect(error.code).toBe('too-many-attempts');
    expect(error.message).toMatch(/too many attempts/i);
  });
});

describe('apiRequest', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the CSRF header and JSON body on writes', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiRequest('POST', '/api/projects', { name: 'A' })).resolves.toEqual({ ok: true });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(headers['x-roundtable-request']).toBe('1');
    expect(headers['content-type']).toBe('application/json');
    expect(init.body).toBe('{"name":"A"}');
  });

  it('sends no CSRF header on reads and resolves 204 as undefined', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiRequest('GET', '/api/me')).resolves.toBeUndefined();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['x-roundtable-request']).toBeUndefined();
  });

  it('rejects with the parsed error, or a network error when fetch fails', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({ error: { code: 'not-signed-in', message: 'Sign in first.' } }, { status: 401 }),
    );
    await expect(apiRequest('GET', '/api/me')).rejects.toMatchObject({ status: 401, message: 'Sign in first.' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiRequest('GET', '/api/me')).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
