import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

/** Every comment thread on a document, open and resolved, with the people they name. */
export function useCommentsQuery(projectId: string, documentId: string) {
  return useQuery({
    queryKey: queryKeys.comments(projectId, documentId),
    queryFn: () => roundtableApi.comments(projectId, documentId),
    // Refetched on every comment event; the threads stay on screen meanwhile rather than blinking out.
    placeholderData: (previous) => previous,
  });
}
