import type { MadeWorkshopLinkResponse, WorkshopJoiningResponse } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { joiningApi, joiningKeys } from './joiningApi.ts';

/** What facilitators do about joining; each answer is the joining as it is now, shown at once. */
export function useJoiningActions(
  projectId: string,
  workshopId: string,
  onMade: (made: MadeWorkshopLinkResponse) => void,
) {
  const queryClient = useQueryClient();
  const key = joiningKeys.joining(projectId, workshopId);
  const show = (joining: WorkshopJoiningResponse) => queryClient.setQueryData(key, joining);
  return {
    make: useMutation({
      mutationFn: (maxUses: number) => joiningApi.makeLink(projectId, workshopId, { maxUses }),
      onSuccess: (made) => {
        onMade(made);
        void queryClient.invalidateQueries({ queryKey: key });
      },
    }),
    change: useMutation({
      mutationFn: (maxUses: number) => joiningApi.changeLink(projectId, workshopId, { maxUses }),
      onSuccess: show,
    }),
    stop: useMutation({ mutationFn: () => joiningApi.stopLink(projectId, workshopId), onSuccess: show }),
    admit: useMutation({
      mutationFn: (requestId: string) => joiningApi.admit(projectId, workshopId, requestId),
      onSuccess: show,
    }),
    turnAway: useMutation({
      mutationFn: (requestId: string) => joiningApi.turnAway(projectId, workshopId, requestId),
      onSuccess: show,
    }),
    remove: useMutation({
      mutationFn: (userId: string) => joiningApi.removeJoined(projectId, workshopId, userId),
      onSuccess: show,
    }),
  };
}

export type JoiningActions = ReturnType<typeof useJoiningActions>;
