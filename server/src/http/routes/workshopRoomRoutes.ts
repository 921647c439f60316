import { type BringEveryoneResponse, bringEveryoneBody, type HandsResponse, inRoomHandBody } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface WorkshopParams {
  projectId: string;
  workshopId: string;
}

interface HandParams extends WorkshopParams {
  handId: string;
}

const workshopPath = '/api/projects/:projectId/workshops/:workshopId';
const handsPath = `${workshopPath}/hands`;

/**
 * The room of a running workshop: hands (raise and lower your own; leads and facilitators
 * call people, add people in the room and lower anyone's) and bringing everyone to a section.
 */
export function workshopRoomRoutes(app: FastifyInstance, { hands, bringEveryone }: RouteServices) {
  app.get<{ Params: WorkshopParams }>(handsPath, async (request): Promise<HandsResponse> => {
    const { user } = requireSignedIn(request);
    return hands.list(request.params.projectId, request.params.workshopId, user.id);
  });

  app.post<{ Params: WorkshopParams }>(`${handsPath}/mine`, async (request): Promise<HandsResponse> => {
    const { user } = requireSignedIn(request);
    return hands.raise(request.params.projectId, request.params.workshopId, user.id);
  });

  app.delete<{ Params: WorkshopParams }>(`${handsPath}/mine`, async (request): Promise<HandsResponse> => {
    const { user } = requireSignedIn(request);
    return hands.lowerMine(request.params.projectId, request.params.workshopId, user.id);
  });

  app.post<{ Params: WorkshopParams }>(`${handsPath}/in-room`, async (request, reply): Promise<HandsResponse> => {
    const { user } = requireSignedIn(request);
    const { name } = parseBody(inRoomHandBody, request.body);
    const answer = await hands.addInRoom(request.params.projectId, request.params.workshopId, user.id, name);
    reply.status(201);
    return answer;
  });

  app.post<{ Params: HandParams }>(`${handsPath}/:handId/call`, async (request): Promise<HandsResponse> => {
    const { user } = requireSignedIn(request);
    const { projectId, workshopId, handId } = request.params;
    return hands.call(projectId, workshopId, handId, user.id);
  });

  app.delete<{ Params: HandParams }>(`${handsPath}/:handId`, async (request): Promise<HandsResponse> => {
    const { user } = requireSignedIn(request);
    const { projectId, workshopId, handId } = request.params;
    return hands.lower(projectId, workshopId, handId, user.id);
  });

  app.post<{ Params: WorkshopParams }>(
    `${workshopPath}/bring-everyone`,
    async (request): Promise<BringEveryoneResponse> => {
      const { user } = requireSignedIn(request);
      const { sectionId } = parseBody(bringEveryoneBody, request.body);
      return bringEveryone.bring(request.params.projectId, request.params.workshopId, user.id, sectionId);
    },
  );
}
