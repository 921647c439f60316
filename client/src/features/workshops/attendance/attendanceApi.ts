import type { RoomAttendanceResponse, TickInRoomBody } from '@roundtable/shared';
import { apiRequest } from '../../../api/apiRequest.ts';

const segment = (value: string) => encodeURIComponent(value);
const attendancePath = (projectId: string, workshopId: string) =>
  `/api/projects/${segment(projectId)}/workshops/${segment(workshopId)}/attendance`;

/** Who is in the room of a running workshop, for the people running it. */
export const attendanceApi = {
  list: (projectId: string, workshopId: string) =>
    apiRequest<RoomAttendanceResponse>('GET', attendancePath(projectId, workshopId)),
  tick: (projectId: string, workshopId: string, body: TickInRoomBody) =>
    apiRequest<RoomAttendanceResponse>('POST', `${attendancePath(projectId, workshopId)}/in-room`, body),
  left: (projectId: string, workshopId: string, periodId: string) =>
    apiRequest<RoomAttendanceResponse>(
      'POST',
      `${attendancePath(projectId, workshopId)}/in-room/${segment(periodId)}/left`,
    ),
};

export const attendanceKeys = {
  room: (projectId: string, workshopId: string) => ['workshop-attendance', projectId, workshopId] as const,
};
