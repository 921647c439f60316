import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useVersionsQuery(projectId: string, documentId: string) {
  return useQuery({
    queryKey: queryKeys.historyPart(projectId, documentId, 'versions'),
    queryFn: () => roundtableApi.versions(projectId, documentId),
  });
}
