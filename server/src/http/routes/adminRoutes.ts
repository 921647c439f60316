import {
  type AdminAccountResponse,
  type AdminAccountsResponse,
  accountSearchSchema,
  type PasswordResetLinkResponse,
  setAdministratorBody,
} from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface AccountParams {
  userId: string;
}

/** Administrators of the instance: who else is one, and reset links for people who phone in. */
export function adminRoutes(app: FastifyInstance, { administration }: RouteServices) {
  app.get<{ Querystring: { search?: string } }>(
    '/api/admin/accounts',
    async (request): Promise<AdminAccountsResponse> => {
      const { user } = requireSignedIn(request);
      const search = parseBody(accountSearchSchema, request.query.search ?? '');
      return administration.listAccounts(user.id, search);
    },
  );

  app.patch<{ Params: AccountParams }>(
    '/api/admin/accounts/:userId',
    async (request): Promise<AdminAccountResponse> => {
      const { user } = requireSignedIn(request);
      const { administrator } = parseBody(setAdministratorBody, request.body);
      return { account: await administration.setAdministrator(user.id, request.params.userId, administrator) };
    },
  );

  app.post<{ Params: AccountParams }>(
    '/api/admin/accounts/:userId/password-reset-link',
    async (request, reply): Promise<PasswordResetLinkResponse> => {
      const { user } = requireSignedIn(request);
      const link = await administration.createResetLink(user.id, request.params.userId);
      reply.status(201);
      return link;
    },
  );
}
