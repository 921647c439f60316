import { SESSION_COOKIE } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import type { Authenticated, AuthService } from '../auth/AuthService.ts';
import { type CookieSettings, setSessionCookie } from './sessionCookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The person this request's session cookie belongs to, if it is a live session. */
    signedIn: Authenticated | null;
  }
}

/**
 * Finds the signed-in person for every API request, once, and moves the cookie's
 * expiry forward whenever the session is renewed, so people in use stay signed in.
 */
export function sessionHook(app: FastifyInstance, auth: AuthService, cookies: CookieSettings): void {
  app.decorateRequest('signedIn', null);
  app.addHook('preHandler', async (request, reply) => {
    request.signedIn = null;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const signedIn = await auth.authenticate(token);
    request.signedIn = signedIn;
    if (signedIn?.renewed) setSessionCookie(reply, token, signedIn.session.expiresAt, cookies);
  });
}
