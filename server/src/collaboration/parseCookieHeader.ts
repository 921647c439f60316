import { parse } from 'cookie';

/** Cookies from a raw Cookie header, for the websocket upgrade (which Fastify does not see). */
export function parseCookieHeader(header: string | undefined): Record<string, string | undefined> {
  return header ? parse(header) : {};
}
