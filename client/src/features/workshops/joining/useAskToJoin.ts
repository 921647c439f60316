import type { JoinWorkshopAsNewBody, JoinWorkshopSignedInBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { joiningApi, joiningKeys, joinWaitingPath } from './joiningApi.ts';

export interface AskToJoin {
  send: (body: JoinWorkshopAsNewBody | JoinWorkshopSignedInBody, showError: (error: unknown) => void) => void;
  isPending: boolean;
}

/** Asks to join through the link, then waits on the waiting page. */
export function useAskToJoin(token: string): AskToJoin {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const ask = useMutation({
    mutationFn: (body: JoinWorkshopAsNewBody | JoinWorkshopSignedInBody) => joiningApi.ask(token, body),
    onSuccess: (waiting) => {
      queryClient.setQueryData(joiningKeys.waiting, waiting);
      void navigate(joinWaitingPath);
    },
  });
  return {
    send: (body, showError) => ask.mutate(body, { onError: showError }),
    isPending: ask.isPending,
  };
}
