/** Where the workshop pages are, built in one place. */
export const newWorkshopPagePath = (projectId: string) => `/projects/${projectId}/workshops/new`;
export const workshopPagePath = (projectId: string, workshopId: string) =>
  `/projects/${projectId}/workshops/${workshopId}`;
export const documentPagePath = (projectId: string, documentId: string) =>
  `/projects/${projectId}/documents/${documentId}`;
