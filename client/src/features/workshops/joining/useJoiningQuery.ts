import { type WorkshopJoiningResponse, WorkshopJoinLimits } from '@roundtable/shared';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useAnnouncer } from '../../../a11y/useAnnouncer.ts';
import { joiningApi, joiningKeys } from './joiningApi.ts';

/**
 * A workshop's link and who waits to join, asked for again every few seconds while the
 * page is open; each newcomer is announced politely.
 */
export function useJoiningQuery(projectId: string, workshopId: string) {
  const joining = useQuery<WorkshopJoiningResponse>({
    queryKey: joiningKeys.joining(projectId, workshopId),
    queryFn: () => joiningApi.joining(projectId, workshopId),
    refetchInterval: WorkshopJoinLimits.pollMs,
  });
  const { announce } = useAnnouncer();
  const seen = useRef<Set<string> | null>(null);
  const waiting = joining.data?.waiting;
  useEffect(() => {
    if (!waiting) return;
    const ids = new Set(waiting.map((request) => request.id));
    // Who was already waiting when the page opened is listed, not announced.
    if (seen.current !== null) {
      for (const request of waiting) {
        if (!seen.current.has(request.id)) announce(`${request.displayName} is waiting to be let in.`);
      }
    }
    seen.current = ids;
  }, [waiting, announce]);
  return joining;
}
