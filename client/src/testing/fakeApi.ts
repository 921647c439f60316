import { vi } from 'vitest';

type Route = { status: number; body?: unknown };

/**
 * Answers the client's API requests from a table of "METHOD /path" entries, as the
 * server would, so pages can be tested without one. An entry given as a promise is
 * answered when it settles, so a test can choose which request finishes first.
 */
export function fakeApi(routes: Record<string, Route | Promise<Route>>) {
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const route = (await routes[key]) ?? {
      status: 404,
      body: { error: { code: 'not-found', message: `No fake for ${key}` } },
    };
    const text = route.body === undefined ? '' : JSON.stringify(route.body);
    return new Response(route.status === 204 ? null : text, {
      status: route.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
