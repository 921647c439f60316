import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useAuthorshipQuery(projectId: string, documentId: string) {
  return useQuery({
    queryKey: queryKeys.historyPart(projectId, documentId, 'authorship'),
    queryFn: () => roundtableApi.authorship(projectId, documentId),
    // Refetched as the text changes; the marks stay on screen meanwhile rather than blinking out.
    placeholderData: (previous) => previous,
  });
}
