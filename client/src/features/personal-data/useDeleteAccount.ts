import type { EraseAccountBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../api/apiRequest.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { clearOfflineCaches } from '../../collaboration/offlineCache.ts';

/** Where a person lands once their account is deleted: the sign-in page, saying so. */
export const ACCOUNT_DELETED_PATH = '/sign-in?account=deleted';

/**
 * Deletes the signed-in person's account, then clears this device as signing out does:
 * its copies of documents and everything the page remembered about them.
 */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (body: EraseAccountBody) => {
      await apiRequest<undefined>('POST', '/api/account/delete', body);
      await clearOfflineCaches();
    },
    onSuccess: () => {
      // In one tick, as at sign-out, so no page behind sign-in sees the emptied session.
      void navigate(ACCOUNT_DELETED_PATH, { replace: true });
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
