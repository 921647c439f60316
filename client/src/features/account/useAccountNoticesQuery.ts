import { useQuery } from '@tanstack/react-query';
import { accountApi, accountKeys } from './accountApi.ts';

/** Notices are rare; checked with the inbox's rhythm so a reset done elsewhere shows up. */
const NOTICES_REFRESH_MS = 60_000;

export function useAccountNoticesQuery() {
  return useQuery({
    queryKey: accountKeys.notices,
    queryFn: accountApi.notices,
    refetchInterval: NOTICES_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}
