import type { HandsResponse } from '@roundtable/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useAnnouncer } from '../../../a11y/useAnnouncer.ts';
import { ApiRequestError } from '../../../api/ApiRequestError.ts';
import type { CollaborationSession } from '../../../collaboration/Collaboration.ts';
import { useWorkshopRoomEvents } from '../../../collaboration/useWorkshopRoomEvents.ts';
import type { NoticeMessage } from '../../../components/LiveNotice.tsx';
import { describeHandEvent } from './describeHandEvent.ts';
import { workshopRoomApi, workshopRoomKeys } from './workshopRoomApi.ts';

interface UseHandsOptions {
  projectId: string;
  workshopId: string;
  myId: string;
  session: CollaborationSession | null;
}

type HandAction =
  | { kind: 'raise' }
  | { kind: 'lower-mine' }
  | { kind: 'call'; handId: string; name: string }
  | { kind: 'lower'; handId: string; name: string };

function send(projectId: string, workshopId: string, action: HandAction): Promise<HandsResponse> {
  switch (action.kind) {
    case 'raise':
      return workshopRoomApi.raise(projectId, workshopId);
    case 'lower-mine':
      return workshopRoomApi.lowerMine(projectId, workshopId);
    case 'call':
      return workshopRoomApi.call(projectId, workshopId, action.handId);
    case 'lower':
      return workshopRoomApi.lower(projectId, workshopId, action.handId);
  }
}

/** What the person is told once their own action has gone through. */
function outcome(action: HandAction, after: HandsResponse, myId: string): string {
  switch (action.kind) {
    case 'raise': {
      const place = after.hands.findIndex((hand) => hand.userId === myId) + 1;
      return place > 0 ? `Your hand is up. You are number ${place} in the queue.` : 'Your hand is up.';
    }
    case 'lower-mine':
      return 'Your hand is down.';
    case 'call':
      return `You called ${action.name} to speak.`;
    case 'lower':
      return `${action.name}’s hand is down.`;
  }
}

/**
 * The hands of a running workshop, kept live: the queue as the server last said, what
 * the person can do with it, and what others did, told to screen readers.
 */
export function useHands({ projectId, workshopId, myId, session }: UseHandsOptions) {
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const key = workshopRoomKeys.hands(projectId, workshopId);
  const query = useQuery({ queryKey: key, queryFn: () => workshopRoomApi.hands(projectId, workshopId) });
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  useWorkshopRoomEvents(session, {
    onHandsChanged: (event) => {
      if (event.workshopId !== workshopId) return;
      queryClient.setQueryData<HandsResponse>(key, (known) => (known ? { ...known, hands: event.hands } : known));
      const message = describeHandEvent(event, myId);
      if (message) announce(message);
    },
    // Hands may have changed while the connection was down.
    onResynced: () => void queryClient.invalidateQueries({ queryKey: key }),
  });

  const mutation = useMutation({
    mutationFn: (action: HandAction) => send(projectId, workshopId, action),
    onMutate: () => setNotice(null),
    onSuccess: (response, action) => {
      queryClient.setQueryData(key, response);
      const text = outcome(action, response, myId);
      // The panel shows where one's own hand is; a screen reader hears it once.
      if (action.kind === 'raise' || action.kind === 'lower-mine') announce(text);
      else setNotice({ text, tone: 'success' });
    },
    onError: (error) => {
      setNotice({
        text: error instanceof ApiRequestError ? error.message : 'That did not work. Try again.',
        tone: 'error',
      });
      void queryClient.invalidateQueries({ queryKey: key });
    },
  });

  const adding = useMutation({
    mutationFn: (name: string) => workshopRoomApi.addInRoom(projectId, workshopId, name),
    onMutate: () => setNotice(null),
    onSuccess: (response, name) => {
      queryClient.setQueryData(key, response);
      setNotice({ text: `${name} is in the queue, as someone in the room.`, tone: 'success' });
    },
  });

  /** Sends the action; `afterwards` runs once its answer has been shown (or it failed). */
  const act = useCallback(
    (action: HandAction, afterwards?: () => void) =>
      mutation.mutate(action, { onSettled: () => requestAnimationFrame(() => afterwards?.()) }),
    [mutation.mutate],
  );
  const mine = query.data?.hands.find((hand) => hand.userId === myId) ?? null;
  /** Raises the person's hand, or lowers it if it is up. */
  const toggleMine = useCallback(() => {
    if (mutation.isPending) return;
    act(mine ? { kind: 'lower-mine' } : { kind: 'raise' });
  }, [act, mine, mutation.isPending]);

  /** Adds someone in the room without a device; rejects with what was wrong, for the form to show. */
  const addInRoom = useCallback(
    async (name: string) => {
      await adding.mutateAsync(name);
    },
    [adding.mutateAsync],
  );

  return { query, mine, notice, pending: mutation.isPending, act, toggleMine, addInRoom };
}

export type Hands = ReturnType<typeof useHands>;
