import { SESSION_COOKIE } from '@roundtable/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticated, AuthService } from '../auth/AuthService.ts';
import { DomainError } from '../errors/DomainError.ts';

export interface CookieSettings {
  secure: boolean;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: number, settings: CookieSettings) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, settings: CookieSettings) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: settings.secure, path: '/' });
}

/** The signed-in person, or a 401 that the client turns into "sign in again". */
export async function requireSignedIn(auth: AuthService, request: FastifyRequest): Promise<Authenticated> {
  const signedIn = await auth.authenticate(request.cookies[SESSION_COOKIE]);
  if (!signedIn) throw new DomainError('not-signed-in', 'Please sign in to continue.');
  return signedIn;
}
