import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

/** `to` is a version id, or 'current' for the document as it is now. */
export function useCompareQuery(projectId: string, documentId: string, from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.historyPart(projectId, documentId, 'compare', from, to),
    queryFn: () => roundtableApi.compare(projectId, documentId, from, to),
    // Keeps showing the last comparison with "now" while a newer one is fetched, instead of a flash of loading.
    placeholderData: (previous) => previous,
  });
}
