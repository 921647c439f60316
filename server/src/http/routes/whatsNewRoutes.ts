import type { WhatsNewResponse } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface ProjectParams {
  projectId: string;
}

/** What others did in a project since the member's last visit. */
export function whatsNewRoutes(app: FastifyInstance, { whatsNew }: RouteServices) {
  app.get<{ Params: ProjectParams }>(
    '/api/projects/:projectId/whats-new',
    async (request): Promise<WhatsNewResponse> => {
      const { user } = requireSignedIn(request);
      return whatsNew.list(request.params.projectId, user.id);
    },
  );

  app.post<{ Params: ProjectParams }>(
    '/api/projects/:projectId/whats-new/seen',
    async (request): Promise<WhatsNewResponse> => {
      const { user } = requireSignedIn(request);
      return whatsNew.markSeen(request.params.projectId, user.id);
    },
  );
}
