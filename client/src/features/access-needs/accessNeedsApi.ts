import type { AccessNeedsResponse, SaveAccessNeedsBody, WorkshopAccessNeedsResponse } from '@roundtable/shared';
import { apiRequest } from '../../api/apiRequest.ts';

const segment = (value: string) => encodeURIComponent(value);
const MINE = '/api/account/access-needs';

/** What helps people take part: each person's own, and a workshop's for its leads and facilitators. */
export const accessNeedsApi = {
  mine: () => apiRequest<AccessNeedsResponse>('GET', MINE),
  save: (body: SaveAccessNeedsBody) => apiRequest<AccessNeedsResponse>('PUT', MINE, body),
  remove: () => apiRequest<undefined>('DELETE', MINE),
  forWorkshop: (projectId: string, workshopId: string) =>
    apiRequest<WorkshopAccessNeedsResponse>(
      'GET',
      `/api/projects/${segment(projectId)}/workshops/${segment(workshopId)}/access-needs`,
    ),
};

/** Cache keys of what this feature fetches. */
export const accessNeedsKeys = {
  mine: ['access-needs'] as const,
  workshop: (projectId: string, workshopId: string) => ['access-needs', projectId, workshopId] as const,
};
