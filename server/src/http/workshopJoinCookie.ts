import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSettings } from './sessionCookie.ts';

/** The secret of a browser's request to join a workshop, which it follows while it waits. */
export const WORKSHOP_JOIN_COOKIE = 'roundtable_joining';
/** Sent only to the waiting endpoints. */
const PATH = '/api/workshop-join';

export function setWorkshopJoinCookie(reply: FastifyReply, token: string, expiresAt: number, settings: CookieSettings) {
  reply.setCookie(WORKSHOP_JOIN_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secure,
    path: PATH,
    expires: new Date(expiresAt),
  });
}

export function clearWorkshopJoinCookie(reply: FastifyReply, settings: CookieSettings) {
  reply.clearCookie(WORKSHOP_JOIN_COOKIE, { httpOnly: true, sameSite: 'strict', secure: settings.secure, path: PATH });
}

export function readWorkshopJoinCookie(request: FastifyRequest): string | undefined {
  return request.cookies[WORKSHOP_JOIN_COOKIE];
}
