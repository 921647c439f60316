import { type InboxResponse, markInboxReadBody } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

/** Each person's mentions and replies across their projects. */
export function inboxRoutes(app: FastifyInstance, { inbox }: RouteServices) {
  app.get('/api/inbox', async (request): Promise<InboxResponse> => {
    const { user } = requireSignedIn(request);
    return inbox.list(user.id);
  });

  app.post('/api/inbox/read', async (request): Promise<InboxResponse> => {
    const { user } = requireSignedIn(request);
    return inbox.markRead(user.id, parseBody(markInboxReadBody, request.body));
  });
}
