import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useSinceLastVisitQuery(projectId: string, documentId: string) {
  return useQuery({
    queryKey: queryKeys.historyPart(projectId, documentId, 'since-last-visit'),
    queryFn: () => roundtableApi.sinceLastVisit(projectId, documentId),
    // What had changed when the page opened: asking again later would say the same or
    // less, and the summary should not shift under someone reading it.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}
