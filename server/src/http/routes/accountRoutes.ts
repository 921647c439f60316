import {
  type AccountNoticesResponse,
  type AccountResponse,
  changePasswordBody,
  markAccountNoticesReadBody,
} from '@roundtable/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AccountHolder } from '../../auth/AccountService.ts';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import { clearSessionCookie } from '../sessionCookie.ts';
import type { RouteServices } from './RouteServices.ts';

function accountHolder(request: FastifyRequest): AccountHolder {
  const { user, session } = requireSignedIn(request);
  return { user, sessionTokenHash: session.tokenHash };
}

/** A person's own account: password, signed-in devices and notices. */
export function accountRoutes(app: FastifyInstance, { account, cookies }: RouteServices) {
  app.get('/api/account', async (request): Promise<AccountResponse> => account.overview(accountHolder(request)));

  app.post('/api/account/password', async (request, reply) => {
    const holder = accountHolder(request);
    await account.changePassword(holder, parseBody(changePasswordBody, request.body));
    return reply.status(204).send();
  });

  app.delete<{ Params: { deviceId: string } }>('/api/account/devices/:deviceId', async (request, reply) => {
    const { wasThisDevice } = await account.signOutDevice(accountHolder(request), request.params.deviceId);
    if (wasThisDevice) clearSessionCookie(reply, cookies);
    return reply.status(204).send();
  });

  app.post('/api/account/sign-out-everywhere', async (request, reply) => {
    await account.signOutEverywhere(accountHolder(request).user.id);
    clearSessionCookie(reply, cookies);
    return reply.status(204).send();
  });

  app.get('/api/account/notices', async (request): Promise<AccountNoticesResponse> => {
    return account.notices(accountHolder(request).user.id);
  });

  app.post('/api/account/notices/read', async (request): Promise<AccountNoticesResponse> => {
    const { user } = accountHolder(request);
    return account.markNoticesRead(user.id, parseBody(markAccountNoticesReadBody, request.body));
  });
}
