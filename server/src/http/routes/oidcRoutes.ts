import {
  ORGANISATION_SIGN_IN_CALLBACK_PATH,
  ORGANISATION_SIGN_IN_PROBLEM_PARAM,
  ORGANISATION_SIGN_IN_START_PATH,
} from '@roundtable/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { OrganisationSignInRefused } from '../../auth/oidc/OrganisationSignInRefused.ts';
import { PENDING_SIGN_IN_MS } from '../../auth/oidc/OrganisationSignInService.ts';
import { setSessionCookie } from '../sessionCookie.ts';
import type { RouteServices } from './RouteServices.ts';

/** Holds the sealed pending sign-in (see PendingSignInSeal) between start and callback. */
const PENDING_COOKIE = 'roundtable_organisation_sign_in';
/** Sent only to these routes. */
const COOKIE_PATH = '/api/auth/oidc';

/**
 * Signing in through the organisation: browser navigations, not JSON calls, so every
 * answer is a redirect, and a refusal lands on the sign-in page, which explains it.
 */
export function oidcRoutes(app: FastifyInstance, { organisationSignIn, cookies }: RouteServices) {
  if (!organisationSignIn) return;
  // Lax, not Strict: the browser must send it back when the provider, another site, sends it here.
  const pendingCookie = { httpOnly: true, sameSite: 'lax', secure: cookies.secure, path: COOKIE_PATH } as const;

  const refused = (reply: FastifyReply, refusal: OrganisationSignInRefused) => {
    reply.log.warn({ err: refusal }, `Signing in through the organisation was refused (${refusal.problem})`);
    const params = new URLSearchParams({ [ORGANISATION_SIGN_IN_PROBLEM_PARAM]: refusal.problem });
    if (refusal.returnTo !== '/') params.set('next', refusal.returnTo);
    return reply.redirect(`/sign-in?${params}`, 303);
  };

  app.get(ORGANISATION_SIGN_IN_START_PATH, async (request, reply) => {
    const { returnTo } = request.query as { returnTo?: unknown };
    try {
      const started = await organisationSignIn.start(returnTo);
      reply.setCookie(PENDING_COOKIE, started.sealedPending, { ...pendingCookie, maxAge: PENDING_SIGN_IN_MS / 1000 });
      return reply.redirect(started.authorizationUrl.href, 303);
    } catch (error) {
      if (error instanceof OrganisationSignInRefused) return refused(reply, error);
      throw error;
    }
  });

  app.get(ORGANISATION_SIGN_IN_CALLBACK_PATH, async (request, reply) => {
    // Used once, whatever happens next.
    reply.clearCookie(PENDING_COOKIE, pendingCookie);
    const queryStart = request.url.indexOf('?');
    const query = queryStart < 0 ? '' : request.url.slice(queryStart + 1);
    try {
      const { signedIn, returnTo } = await organisationSignIn.finish(query, request.cookies[PENDING_COOKIE], {
        address: request.ip,
        userAgent: request.headers['user-agent'],
        deviceToken: undefined,
      });
      setSessionCookie(reply, signedIn.token, signedIn.expiresAt, cookies);
      return reply.redirect(returnTo, 303);
    } catch (error) {
      if (error instanceof OrganisationSignInRefused) return refused(reply, error);
      throw error;
    }
  });
}
