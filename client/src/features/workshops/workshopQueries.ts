import { useQuery } from '@tanstack/react-query';
import { workshopKeys, workshopsApi } from './workshopsApi.ts';

export function useWorkshopsQuery(projectId: string) {
  return useQuery({ queryKey: workshopKeys.list(projectId), queryFn: () => workshopsApi.list(projectId) });
}

export function useWorkshopQuery(projectId: string, workshopId: string | undefined) {
  return useQuery({
    queryKey: workshopKeys.workshop(projectId, workshopId ?? ''),
    queryFn: () => workshopsApi.get(projectId, workshopId ?? ''),
    enabled: workshopId !== undefined,
  });
}

/** The headings an agenda item can be about; fetched again each time the picker is used, as headings change. */
export function useDocumentSectionsQuery(projectId: string, documentId: string) {
  return useQuery({
    queryKey: workshopKeys.sections(projectId, documentId),
    queryFn: () => workshopsApi.sections(projectId, documentId),
    enabled: documentId !== '',
    staleTime: 0,
  });
}
