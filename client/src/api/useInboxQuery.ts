import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

/** Mentions and replies arrive while people are on other pages, so the count is checked now and then. */
const INBOX_REFRESH_MS = 30_000;

export function useInboxQuery({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.inbox,
    queryFn: roundtableApi.inbox,
    enabled,
    refetchInterval: INBOX_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}
