import { type AccessNeedsResponse, saveAccessNeedsBody, type WorkshopAccessNeedsResponse } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

/**
 * What helps people take part: each person reads, saves and deletes only their own;
 * a workshop's leads and facilitators read the project's, as counts and agreed names.
 */
// Health information: never kept by a browser's or a proxy's cache.
export function accessNeedsRoutes(app: FastifyInstance, { accessNeeds, workshopAccessNeeds }: RouteServices) {
  app.get('/api/account/access-needs', async (request, reply): Promise<AccessNeedsResponse> => {
    const { user } = requireSignedIn(request);
    reply.header('cache-control', 'private, no-store');
    return accessNeeds.mine(user.id);
  });

  app.put('/api/account/access-needs', async (request): Promise<AccessNeedsResponse> => {
    const { user } = requireSignedIn(request);
    return accessNeeds.save(user.id, parseBody(saveAccessNeedsBody, request.body));
  });

  app.delete('/api/account/access-needs', async (request, reply) => {
    const { user } = requireSignedIn(request);
    await accessNeeds.remove(user.id);
    return reply.status(204).send();
  });

  app.get<{ Params: { projectId: string; workshopId: string } }>(
    '/api/projects/:projectId/workshops/:workshopId/access-needs',
    async (request, reply): Promise<WorkshopAccessNeedsResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, workshopId } = request.params;
      reply.header('cache-control', 'private, no-store');
      return workshopAccessNeeds.forPlanning(projectId, workshopId, user.id);
    },
  );
}
