import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useDocumentQuery(projectId: string, documentId: string) {
  return useQuery({
    queryKey: queryKeys.document(projectId, documentId),
    queryFn: () => roundtableApi.document(projectId, documentId),
    // The live document keeps itself current; refetching would only re-render the editor page.
    refetchOnWindowFocus: false,
  });
}
