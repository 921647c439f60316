import type {
  AgendaItemBody,
  CreateWorkshopBody,
  DocumentSectionsResponse,
  UpdateAgendaItemBody,
  UpdateWorkshopBody,
  WorkshopResponse,
  WorkshopsResponse,
} from '@roundtable/shared';
import { apiRequest } from '../../api/apiRequest.ts';

const segment = (value: string) => encodeURIComponent(value);
const workshopsPath = (projectId: string) => `/api/projects/${segment(projectId)}/workshops`;
const workshopPath = (projectId: string, workshopId: string) => `${workshopsPath(projectId)}/${segment(workshopId)}`;
const agendaPath = (projectId: string, workshopId: string) => `${workshopPath(projectId, workshopId)}/agenda`;

/** The workshop planning endpoints of the JSON API. */
export const workshopsApi = {
  list: (projectId: string) => apiRequest<WorkshopsResponse>('GET', workshopsPath(projectId)),
  get: (projectId: string, workshopId: string) =>
    apiRequest<WorkshopResponse>('GET', workshopPath(projectId, workshopId)),
  create: (projectId: string, body: CreateWorkshopBody) =>
    apiRequest<WorkshopResponse>('POST', workshopsPath(projectId), body),
  update: (projectId: string, workshopId: string, body: UpdateWorkshopBody) =>
    apiRequest<WorkshopResponse>('PATCH', workshopPath(projectId, workshopId), body),
  cancel: (projectId: string, workshopId: string) =>
    apiRequest<WorkshopResponse>('POST', `${workshopPath(projectId, workshopId)}/cancel`),
  remove: (projectId: string, workshopId: string) =>
    apiRequest<undefined>('DELETE', workshopPath(projectId, workshopId)),

  addItem: (projectId: string, workshopId: string, body: AgendaItemBody) =>
    apiRequest<WorkshopResponse>('POST', agendaPath(projectId, workshopId), body),
  updateItem: (projectId: string, workshopId: string, itemId: string, body: UpdateAgendaItemBody) =>
    apiRequest<WorkshopResponse>('PATCH', `${agendaPath(projectId, workshopId)}/${segment(itemId)}`, body),
  removeItem: (projectId: string, workshopId: string, itemId: string) =>
    apiRequest<WorkshopResponse>('DELETE', `${agendaPath(projectId, workshopId)}/${segment(itemId)}`),
  reorder: (projectId: string, workshopId: string, itemIds: string[]) =>
    apiRequest<WorkshopResponse>('POST', `${agendaPath(projectId, workshopId)}/order`, { itemIds }),

  sections: (projectId: string, documentId: string) =>
    apiRequest<DocumentSectionsResponse>(
      'GET',
      `/api/projects/${segment(projectId)}/documents/${segment(documentId)}/sections`,
    ),
};

/** Cache keys of what this feature fetches. */
export const workshopKeys = {
  list: (projectId: string) => ['workshops', projectId] as const,
  workshop: (projectId: string, workshopId: string) => ['workshops', projectId, workshopId] as const,
  sections: (projectId: string, documentId: string) => ['document-sections', projectId, documentId] as const,
};
