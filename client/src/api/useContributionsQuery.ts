import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useContributionsQuery(projectId: string, documentId: string) {
  return useQuery({
    queryKey: queryKeys.historyPart(projectId, documentId, 'contributions'),
    queryFn: () => roundtableApi.contributions(projectId, documentId),
    placeholderData: (previous) => previous,
  });
}
