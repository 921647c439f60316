import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

/** Other people's activity in a project since this person's last visit. */
export function useWhatsNewQuery(projectId: string) {
  return useQuery({
    queryKey: queryKeys.whatsNew(projectId),
    queryFn: () => roundtableApi.whatsNew(projectId),
    // What is new does not change by looking again on focus; the page asks after "Mark all as seen".
    refetchOnWindowFocus: false,
  });
}
