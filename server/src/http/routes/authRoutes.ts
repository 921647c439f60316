import { type MeResponse, SESSION_COOKIE, type SetupResponse, signInBody, signUpBody } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import { clearSessionCookie, setSessionCookie } from '../sessionCookie.ts';
import type { RouteServices } from './RouteServices.ts';

export function authRoutes(app: FastifyInstance, { auth, memberships, cookies }: RouteServices) {
  app.get('/api/setup', async (): Promise<SetupResponse> => ({ needsFirstAccount: await auth.needsFirstAccount() }));

  app.post('/api/auth/signup', async (request, reply): Promise<MeResponse> => {
    const body = parseBody(signUpBody, request.body);
    const signedIn = await auth.signUp(body, (token) => memberships.isValidInvite(token));
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, cookies);
    reply.status(201);
    return { user: signedIn.user };
  });

  app.post('/api/auth/signin', async (request, reply): Promise<MeResponse> => {
    const body = parseBody(signInBody, request.body);
    const signedIn = await auth.signIn(body, request.ip);
    setSessionCookie(reply, signedIn.token, signedIn.expiresAt, cookies);
    return { user: signedIn.user };
  });

  app.post('/api/auth/signout', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await auth.signOut(token);
    clearSessionCookie(reply, cookies);
    return reply.status(204).send();
  });

  app.get('/api/me', async (request): Promise<MeResponse> => {
    const { user } = requireSignedIn(request);
    return { user };
  });
}
