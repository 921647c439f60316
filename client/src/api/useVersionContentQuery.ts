import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useVersionContentQuery(projectId: string, documentId: string, versionId: string) {
  return useQuery({
    queryKey: queryKeys.historyPart(projectId, documentId, 'version', versionId),
    queryFn: () => roundtableApi.version(projectId, documentId, versionId),
    // A version never changes once made.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
