import type { BringEveryoneResponse, HandsResponse } from '@roundtable/shared';
import { apiRequest } from '../../../api/apiRequest.ts';

const segment = (value: string) => encodeURIComponent(value);
const workshopPath = (projectId: string, workshopId: string) =>
  `/api/projects/${segment(projectId)}/workshops/${segment(workshopId)}`;
const handsPath = (projectId: string, workshopId: string) => `${workshopPath(projectId, workshopId)}/hands`;

/** The endpoints of a running workshop's room: hands, and bringing everyone to a section. */
export const workshopRoomApi = {
  hands: (projectId: string, workshopId: string) => apiRequest<HandsResponse>('GET', handsPath(projectId, workshopId)),
  raise: (projectId: string, workshopId: string) =>
    apiRequest<HandsResponse>('POST', `${handsPath(projectId, workshopId)}/mine`),
  lowerMine: (projectId: string, workshopId: string) =>
    apiRequest<HandsResponse>('DELETE', `${handsPath(projectId, workshopId)}/mine`),
  addInRoom: (projectId: string, workshopId: string, name: string) =>
    apiRequest<HandsResponse>('POST', `${handsPath(projectId, workshopId)}/in-room`, { name }),
  call: (projectId: string, workshopId: string, handId: string) =>
    apiRequest<HandsResponse>('POST', `${handsPath(projectId, workshopId)}/${segment(handId)}/call`),
  lower: (projectId: string, workshopId: string, handId: string) =>
    apiRequest<HandsResponse>('DELETE', `${handsPath(projectId, workshopId)}/${segment(handId)}`),
  bringEveryone: (projectId: string, workshopId: string, sectionId: string) =>
    apiRequest<BringEveryoneResponse>('POST', `${workshopPath(projectId, workshopId)}/bring-everyone`, { sectionId }),
};

export const workshopRoomKeys = {
  hands: (projectId: string, workshopId: string) => ['workshop-hands', projectId, workshopId] as const,
};
