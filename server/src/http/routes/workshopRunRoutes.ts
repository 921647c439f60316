import { type DocumentWorkshopResponse, runCommandBody, type WorkshopRunResponse } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface WorkshopParams {
  projectId: string;
  workshopId: string;
}

const runPath = '/api/projects/:projectId/workshops/:workshopId/run';

/**
 * Running a workshop: every member reads where it is; leads and facilitators send one
 * command at a time (start, next, previous, end, and the timer's), which the server checks.
 */
export function workshopRunRoutes(app: FastifyInstance, { workshopRuns }: RouteServices) {
  app.get<{ Params: WorkshopParams }>(runPath, async (request): Promise<WorkshopRunResponse> => {
    const { user } = requireSignedIn(request);
    return workshopRuns.get(request.params.projectId, request.params.workshopId, user.id);
  });

  app.post<{ Params: WorkshopParams }>(runPath, async (request): Promise<WorkshopRunResponse> => {
    const { user } = requireSignedIn(request);
    const body = parseBody(runCommandBody, request.body);
    return workshopRuns.command(request.params.projectId, request.params.workshopId, user.id, body);
  });

  app.get<{ Params: { projectId: string; documentId: string } }>(
    '/api/projects/:projectId/documents/:documentId/workshop',
    async (request): Promise<DocumentWorkshopResponse> => {
      const { user } = requireSignedIn(request);
      return workshopRuns.forDocument(request.params.projectId, request.params.documentId, user.id);
    },
  );
}
