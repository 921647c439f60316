import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { refreshHistory } from './refreshHistory.ts';

export function useRestoreVersion(projectId: string, documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) => roundtableApi.restoreVersion(projectId, documentId, versionId),
    onSuccess: () => refreshHistory(queryClient, projectId, documentId),
  });
}
