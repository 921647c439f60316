import type { CreateVersionBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { refreshHistory } from './refreshHistory.ts';

export function useCreateVersion(projectId: string, documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateVersionBody) => roundtableApi.createVersion(projectId, documentId, body),
    onSuccess: () => refreshHistory(queryClient, projectId, documentId),
  });
}
