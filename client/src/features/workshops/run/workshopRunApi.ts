import type { DocumentWorkshopResponse, RunCommandBody, WorkshopRunResponse } from '@roundtable/shared';
import { apiRequest } from '../../../api/apiRequest.ts';

const segment = (value: string) => encodeURIComponent(value);

/** Running a workshop over the JSON API. */
export const workshopRunApi = {
  forDocument: (projectId: string, documentId: string) =>
    apiRequest<DocumentWorkshopResponse>(
      'GET',
      `/api/projects/${segment(projectId)}/documents/${segment(documentId)}/workshop`,
    ),
  command: (projectId: string, workshopId: string, body: RunCommandBody) =>
    apiRequest<WorkshopRunResponse>(
      'POST',
      `/api/projects/${segment(projectId)}/workshops/${segment(workshopId)}/run`,
      body,
    ),
};

export const workshopRunKeys = {
  forDocument: (projectId: string, documentId: string) => ['document-workshop', projectId, documentId] as const,
};
