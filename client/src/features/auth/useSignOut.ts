import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { clearOfflineCaches } from '../../collaboration/offlineCache.ts';

/** Signs out, then removes this person's local copies of documents before leaving the page. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await roundtableApi.signOut();
      } catch (error) {
        // Already signed out on the server: still clear this device.
        if (!(isApiRequestError(error) && error.isNotSignedIn)) throw error;
      }
      await clearOfflineCaches();
    },
    onSuccess: () => {
      // In one tick, so the pages behind sign-in never see the emptied session and
      // remember this person's page for whoever signs in next.
      void navigate('/sign-in', { replace: true });
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
