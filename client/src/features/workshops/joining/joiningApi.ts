import type {
  CreateWorkshopLinkBody,
  JoinEnterResponse,
  JoinWaitingResponse,
  JoinWorkshopAsNewBody,
  JoinWorkshopSignedInBody,
  MadeWorkshopLinkResponse,
  UpdateWorkshopLinkBody,
  WorkshopJoiningResponse,
  WorkshopLinkPreviewResponse,
} from '@roundtable/shared';
import { apiRequest } from '../../../api/apiRequest.ts';

const segment = (value: string) => encodeURIComponent(value);
const joiningPath = (projectId: string, workshopId: string) =>
  `/api/projects/${segment(projectId)}/workshops/${segment(workshopId)}/joining`;

/** Joining a workshop through its link: the facilitators' endpoints, then the link holder's. */
export const joiningApi = {
  joining: (projectId: string, workshopId: string) =>
    apiRequest<WorkshopJoiningResponse>('GET', joiningPath(projectId, workshopId)),
  makeLink: (projectId: string, workshopId: string, body: CreateWorkshopLinkBody) =>
    apiRequest<MadeWorkshopLinkResponse>('POST', `${joiningPath(projectId, workshopId)}/link`, body),
  changeLink: (projectId: string, workshopId: string, body: UpdateWorkshopLinkBody) =>
    apiRequest<WorkshopJoiningResponse>('PATCH', `${joiningPath(projectId, workshopId)}/link`, body),
  stopLink: (projectId: string, workshopId: string) =>
    apiRequest<WorkshopJoiningResponse>('DELETE', `${joiningPath(projectId, workshopId)}/link`),
  admit: (projectId: string, workshopId: string, requestId: string) =>
    apiRequest<WorkshopJoiningResponse>(
      'POST',
      `${joiningPath(projectId, workshopId)}/requests/${segment(requestId)}/admit`,
    ),
  turnAway: (projectId: string, workshopId: string, requestId: string) =>
    apiRequest<WorkshopJoiningResponse>(
      'POST',
      `${joiningPath(projectId, workshopId)}/requests/${segment(requestId)}/turn-away`,
    ),
  removeJoined: (projectId: string, workshopId: string, userId: string) =>
    apiRequest<WorkshopJoiningResponse>('DELETE', `${joiningPath(projectId, workshopId)}/people/${segment(userId)}`),

  preview: (token: string) => apiRequest<WorkshopLinkPreviewResponse>('GET', `/api/workshop-links/${segment(token)}`),
  ask: (token: string, body: JoinWorkshopAsNewBody | JoinWorkshopSignedInBody) =>
    apiRequest<JoinWaitingResponse>('POST', `/api/workshop-links/${segment(token)}/join`, body),
  waiting: () => apiRequest<JoinWaitingResponse>('GET', '/api/workshop-join'),
  enter: () => apiRequest<JoinEnterResponse>('POST', '/api/workshop-join/enter'),
  withdraw: () => apiRequest<undefined>('DELETE', '/api/workshop-join'),
};

export const joiningKeys = {
  joining: (projectId: string, workshopId: string) => ['workshop-joining', projectId, workshopId] as const,
  preview: (token: string) => ['workshop-link', token] as const,
  waiting: ['workshop-join-waiting'] as const,
};

/** Where the joining pages are. */
export const joinWaitingPath = '/join/waiting';
export const workshopWelcomePath = (projectId: string, workshopId: string) =>
  `/projects/${projectId}/workshops/${workshopId}/welcome`;
