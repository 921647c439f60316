import type { UpdateDocumentBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';

/** Renames, archives or restores a document (leads only), refreshing every view of it. */
export function useUpdateDocument(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ documentId, body }: { documentId: string; body: UpdateDocumentBody }) =>
      roundtableApi.updateDocument(projectId, documentId, body),
    onSuccess: ({ document }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.document(projectId, document.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
    },
  });
}
