import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { CSRF_HEADER, CSRF_HEADER_VALUE, Limits } from '@roundtable/shared';
import Fastify, { type FastifyInstance } from 'fastify';
import { handleError, sendError } from './errorResponses.ts';
import type { RequestSource } from './originChecker.ts';
import { accessNeedsRoutes } from './routes/accessNeedsRoutes.ts';
import { accountRoutes } from './routes/accountRoutes.ts';
import { adminRoutes } from './routes/adminRoutes.ts';
import { authRoutes } from './routes/authRoutes.ts';
import { commentRoutes } from './routes/commentRoutes.ts';
import { documentRoutes } from './routes/documentRoutes.ts';
import { exportRoutes } from './routes/exportRoutes.ts';
import { historyRoutes } from './routes/historyRoutes.ts';
import { ideasRoutes } from './routes/ideasRoutes.ts';
import { inboxRoutes } from './routes/inboxRoutes.ts';
import { membershipRoutes } from './routes/membershipRoutes.ts';
import { oidcRoutes } from './routes/oidcRoutes.ts';
import { passwordResetRoutes } from './routes/passwordResetRoutes.ts';
import { personalDataRoutes } from './routes/personalDataRoutes.ts';
import { projectRoutes } from './routes/projectRoutes.ts';
import type { RouteServices } from './routes/RouteServices.ts';
import { timeGivenRoutes } from './routes/timeGivenRoutes.ts';
import { whatsNewRoutes } from './routes/whatsNewRoutes.ts';
import { workshopAttendanceRoutes } from './routes/workshopAttendanceRoutes.ts';
import { workshopJoinRoutes } from './routes/workshopJoinRoutes.ts';
import { workshopRoomRoutes } from './routes/workshopRoomRoutes.ts';
import { workshopRoutes } from './routes/workshopRoutes.ts';
import { workshopRunRoutes } from './routes/workshopRunRoutes.ts';
import { securityHeaders } from './securityHeaders.ts';
import { sessionHook } from './sessionHook.ts';
import { type TrustedProxies, trustProxyOption } from './TrustedProxies.ts';

export interface HttpAppOptions {
  services: RouteServices;
  /** Judges each request's Host and Origin (see originChecker). */
  checkSource: (origin: string | undefined, host: string | undefined) => RequestSource;
  /** The built client, served with a fallback to index.html for client-side routes. */
  clientDir: string;
  trustProxy: TrustedProxies;
  logLevel: string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function createHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: Limits.maxRequestBodyBytes,
    trustProxy: trustProxyOption(options.trustProxy),
    logger: { level: options.logLevel },
  });
  await app.register(fastifyCookie);

  app.addHook('onSend', async (_request, reply) => {
    reply.headers(securityHeaders);
  });

  // Every request, reads included, must be for an address this server answers to and,
  // when it says, from one of our pages (see originChecker). Writes also need our custom
  // header, which a cross-site page cannot send without a preflight we never grant:
  // that is every method that changes anything, whatever the path (paths can be encoded).
  app.addHook('onRequest', async (request, reply) => {
    const source = options.checkSource(request.headers.origin, request.headers.host);
    if (source === 'unknown-host') {
      return sendError(
        reply,
        'forbidden',
        'Roundtable only answers at its own address. On this machine, open it at localhost or 127.0.0.1; to reach it by another name, whoever runs it sets PUBLIC_ORIGIN to that address.',
      );
    }
    const fromOurPages =
      source === 'ours' && (SAFE_METHODS.has(request.method) || request.headers[CSRF_HEADER] === CSRF_HEADER_VALUE);
    if (!fromOurPages) {
      return sendError(reply, 'csrf', 'This request did not come from a Roundtable page, so it was refused.');
    }
  });

  app.setErrorHandler(handleError);
  sessionHook(app, options.services.auth, options.services.cookies);

  authRoutes(app, options.services);
  oidcRoutes(app, options.services);
  accountRoutes(app, options.services);
  passwordResetRoutes(app, options.services);
  adminRoutes(app, options.services);
  projectRoutes(app, options.services);
  documentRoutes(app, options.services);
  historyRoutes(app, options.services);
  exportRoutes(app, options.services);
  membershipRoutes(app, options.services);
  commentRoutes(app, options.services);
  inboxRoutes(app, options.services);
  whatsNewRoutes(app, options.services);
  workshopRoutes(app, options.services);
  workshopRunRoutes(app, options.services);
  workshopRoomRoutes(app, options.services);
  ideasRoutes(app, options.services);
  workshopAttendanceRoutes(app, options.services);
  timeGivenRoutes(app, options.services);
  workshopJoinRoutes(app, options.services);
  personalDataRoutes(app, options.services);
  accessNeedsRoutes(app, options.services);

  const hasClient = existsSync(join(options.clientDir, 'index.html'));
  if (hasClient) {
    // Files are looked up per request, so a rebuilt client is served without a restart.
    await app.register(fastifyStatic, { root: options.clientDir, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return sendError(reply, 'not-found', 'There is nothing at this address.');
    }
    if (!hasClient) {
      return reply.status(503).type('text/plain').send('The Roundtable client has not been built. Run: pnpm build');
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
