import { type RoomAttendanceResponse, tickInRoomBody } from '@roundtable/shared';
import type { FastifyInstance } from 'fastify';
import { parseBody } from '../parseBody.ts';
import { requireSignedIn } from '../requireSignedIn.ts';
import type { RouteServices } from './RouteServices.ts';

interface WorkshopParams {
  projectId: string;
  workshopId: string;
}

const attendancePath = '/api/projects/:projectId/workshops/:workshopId/attendance';

/** Who is in the room of a running workshop, for leads and facilitators: the list, ticking people in, and saying they left. */
export function workshopAttendanceRoutes(app: FastifyInstance, { roomAttendance }: RouteServices) {
  app.get<{ Params: WorkshopParams }>(attendancePath, async (request): Promise<RoomAttendanceResponse> => {
    const { user } = requireSignedIn(request);
    return roomAttendance.list(request.params.projectId, request.params.workshopId, user.id);
  });

  app.post<{ Params: WorkshopParams }>(
    `${attendancePath}/in-room`,
    async (request, reply): Promise<RoomAttendanceResponse> => {
      const { user } = requireSignedIn(request);
      const body = parseBody(tickInRoomBody, request.body);
      const answer = await roomAttendance.tick(request.params.projectId, request.params.workshopId, user.id, body);
      reply.status(201);
      return answer;
    },
  );

  app.post<{ Params: WorkshopParams & { periodId: string } }>(
    `${attendancePath}/in-room/:periodId/left`,
    async (request): Promise<RoomAttendanceResponse> => {
      const { user } = requireSignedIn(request);
      const { projectId, workshopId, periodId } = request.params;
      return roomAttendance.left(projectId, workshopId, user.id, periodId);
    },
  );
}
