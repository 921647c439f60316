import {
  agendaItemBody,
  createWorkshopBody,
  type DocumentSectionsResponse,
  reorderAgendaBody,
  updateAgendaItemBody,
  updateWorkshopBody,
  type WorkshopResponse,
  type WorkshopsResponse,
} from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface WorkshopParams {
  projectId: string;
  workshopId: string;
}

interface AgendaItemParams extends WorkshopParams {
  itemId: string;
}

const workshopsPath = '/api/projects/:projectId/workshops';
const workshopPath = `${workshopsPath}/:workshopId`;
const agendaPath = `${workshopPath}/agenda`;

/** Planning workshops, and the sections of a document an agenda item can be about. */
export function workshopRoutes(app: FastifyInstance, { workshops, agendas }: RouteServices) {
  app.get<{ Params: { projectId: string } }>(workshopsPath, async (request): Promise<WorkshopsResponse> => {
    const { user } = requireSignedIn(request);
    return workshops.list(request.params.projectId, user.id);
  });

  app.post<{ Params: { projectId: string } }>(workshopsPath, async (request, reply): Promise<WorkshopResponse> => {
    const { user } = requireSignedIn(request);
    const body = parseBody(createWorkshopBody, request.body);
    const workshop = await workshops.create(request.params.projectId, user.id, body);
    reply.status(201);
    return { workshop, canRun: true };
  });

  app.get<{ Params: WorkshopParams }>(workshopPath, async (request): Promise<WorkshopResponse> => {
    const { user } = requireSignedIn(request);
    return workshops.get(request.params.projectId, request.params.workshopId, user.id);
  });

  app.patch<{ Params: WorkshopParams }>(workshopPath, async (request): Promise<WorkshopResponse> => {
    const { user } = requireSignedIn(request);
    const body = parseBody(updateWorkshopBody, request.body);
    const { projectId, workshopId } = request.params;
    return { workshop: await workshops.update(projectId, workshopId, user.id, body), canRun: true };
  });

  app.post<{ Params: WorkshopParams }>(`${workshopPath}/cancel`, async (request): Promise<WorkshopResponse> => {
    const { user } = requireSignedIn(request);
    const { projectId, workshopId } = request.params;
    return { workshop: await workshops.cancel(projectId, workshopId, user.id), canRun: true };
  });

  app.delete<{ Params: WorkshopParams }>(workshopPath, async (request, reply) => {
    const { user } = requireSignedIn(request);
    await workshops.remove(request.params.projectId, request.params.workshopId, user.id);
    return reply.status(204).send();
  });

  app.post<{ Params: WorkshopParams }>(agendaPath, async (request, reply): Promise<WorkshopResponse> => {
    const { user } = requireSignedIn(request);
    const body = parseBody(agendaItemBody, request.body);
    const { projectId, workshopId } = request.params;
    const workshop = await agendas.add(projectId, workshopId, user.id, body);
    reply.status(201);
    return { workshop, canRun: true };
  });

  app.post<{ Params: WorkshopParams }>(`${agendaPath}/order`, async (request): Promise<WorkshopResponse> => {
    const { user } = requireSignedIn(request);
    const { itemIds } = parseBody(reorderAgendaBody, request.body);
    const { projectId, workshopId } = request.params;
    return { workshop: await agendas.reorder(projectId, workshopId, user.id, itemIds), canRun: true };
  });

  app.patch<{ Params: AgendaItemParams }>(`${agendaPath}/:itemId`, async (request): Promise<WorkshopResponse> => {
    const { user } = requireSignedIn(request);
    const body = parseBody(updateAgendaItemBody, request.body);
    const { projectId, workshopId, itemId } = request.params;
    return { workshop: await agendas.update(projectId, workshopId, itemId, user.id, body), canRun: true };
  });

  app.delete<{ Params: AgendaItemParams }>(`${agendaPath}/:itemId`, async (request): Promise<WorkshopResponse> => {
    const { user } = requireSignedIn(request);
    const { projectId, workshopId, itemId } = request.params;
    return { workshop: await agendas.remove(projectId, workshopId, itemId, user.id), canRun: true };
  });

  app.get<{ Params: { projectId: string; documentId: string } }>(
    '/api/projects/:projectId/documents/:documentId/sections',
    async (request): Promise<DocumentSectionsResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, documentId } = request.params;
      return { sections: await workshops.documentSections(projectId, documentId, user.id) };
    },
  );
}
