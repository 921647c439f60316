import {
  type ForgotPasswordResponse,
  forgotPasswordBody,
  type MeResponse,
  SESSION_COOKIE,
  type SetupResponse,
  signInBody,
  signUpBody,
} from '@roundtable/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SignInClient } from '../../auth/AuthService.ts';
import { SignInDelayed } from '../../auth/SignInDelayed.ts';
import { readKnownDeviceCookie, setKnownDeviceCookie } from '../knownDeviceCookie.ts';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import { clearSessionCookie, setSessionCookie } from '../sessionCookie.ts';
import type { RouteServices } from './RouteServices.ts';

const FORGOT_PASSWORD_ANSWER =
  'If an account uses that address, we have sent a link to it. The link works once, for one hour. Check your junk folder if it has not arrived in a few minutes.';

function signInClient(request: FastifyRequest): SignInClient {
  return {
    address: request.ip,
    userAgent: request.headers['user-agent'],
    deviceToken: readKnownDeviceCookie(request),
  };
}

export function authRoutes(
  app: FastifyInstance,
  { auth, memberships, passwordResets, cookies, organisationSignIn }: RouteServices,
) {
  app.get(
    '/api/setup',
    async (): Promise<SetupResponse> => ({
      needsFirstAccount: await auth.needsFirstAccount(),
      passwordResetByEmail: passwordResets.byEmail,
      ...(organisationSignIn && { organisationSignIn: { label: organisationSignIn.label } }),
    }),
  );

  app.post('/api/auth/signup', async (request, reply): Promise<MeResponse> => {
    const body = parseBody(signUpBody, request.body);
    const signedIn = await auth.signUp(body, (token) => memberships.isValidInvite(token), signInClient(request));
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, cookies);
    setKnownDeviceCookie(reply, signedIn.deviceToken, cookies);
    reply.status(201);
    return { user: signedIn.user };
  });

  app.post('/api/auth/signin', async (request, reply): Promise<MeResponse> => {
    const body = parseBody(signInBody, request.body);
    try {
      const signedIn = await auth.signIn(body, signInClient(request));
      setSessionCookie(reply, signedIn.token, signedIn.expiresAt, cookies);
      setKnownDeviceCookie(reply, signedIn.deviceToken, cookies);
      return { user: signedIn.user };
    } catch (error) {
      if (error instanceof SignInDelayed) reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  });

  app.post('/api/auth/signout', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await auth.signOut(token);
    clearSessionCookie(reply, cookies);
    return reply.status(204).send();
  });

  // The same answer, as fast, whether or not an account uses the address: the email goes afterwards.
  app.post('/api/auth/forgot-password', async (request, reply): Promise<ForgotPasswordResponse> => {
    const { email } = parseBody(forgotPasswordBody, request.body);
    passwordResets.requestByEmail(email, request.ip);
    reply.status(202);
    return { message: FORGOT_PASSWORD_ANSWER };
  });

  app.get('/api/me', async (request): Promise<MeResponse> => {
    const { user } = requireSignedIn(request);
    return { user };
  });
}
