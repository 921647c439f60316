import type { AddTimeEntryBody, GroupTimeResponse, TimeStatementResponse } from '@roundtable/shared';
import { apiRequest } from '../../api/apiRequest.ts';

const timePath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/time-given`;

/** Time given to a project: your statement, the hours you add, sharing, and the group's table. */
export const timeGivenApi = {
  mine: (projectId: string) => apiRequest<TimeStatementResponse>('GET', `${timePath(projectId)}/mine`),
  group: (projectId: string) => apiRequest<GroupTimeResponse>('GET', `${timePath(projectId)}/group`),
  addEntry: (projectId: string, body: AddTimeEntryBody) =>
    apiRequest<TimeStatementResponse>('POST', `${timePath(projectId)}/mine/entries`, body),
  removeEntry: (projectId: string, entryId: string) =>
    apiRequest<TimeStatementResponse>('DELETE', `${timePath(projectId)}/mine/entries/${encodeURIComponent(entryId)}`),
  setSharing: (projectId: string, shared: boolean) =>
    apiRequest<TimeStatementResponse>('PATCH', `${timePath(projectId)}/mine/sharing`, { shared }),
  statementPdfUrl: (projectId: string) => `${timePath(projectId)}/mine/statement.pdf`,
  groupCsvUrl: (projectId: string) => `${timePath(projectId)}/group.csv`,
};

export const timeGivenKeys = {
  mine: (projectId: string) => ['time-given', projectId, 'mine'] as const,
  group: (projectId: string) => ['time-given', projectId, 'group'] as const,
};

/** The way to the time given page, from the project's page. */
export const timeGivenPath = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/time-given`;
