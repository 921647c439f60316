import { type PasswordResetCheckResponse, passwordResetTokenBody, resetPasswordBody } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import type { RouteServices } from './RouteServices.ts';

/** Whoever holds a reset link: the token travels in the body, never in an address a log would keep. */
export function passwordResetRoutes(app: FastifyInstance, { passwordResets }: RouteServices) {
  app.post('/api/password-reset/check', async (request): Promise<PasswordResetCheckResponse> => {
    const { token } = parseBody(passwordResetTokenBody, request.body);
    return passwordResets.check(token);
  });

  app.post('/api/password-reset', async (request, reply) => {
    await passwordResets.reset(parseBody(resetPasswordBody, request.body));
    return reply.status(204).send();
  });
}
