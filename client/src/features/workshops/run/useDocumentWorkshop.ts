import type { RunCommandBody, Workshop } from '@roundtable/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CollaborationSession } from '../../../collaboration/Collaboration.ts';
import { useWorkshopRunEvents } from '../../../collaboration/useWorkshopRunEvents.ts';
import { workshopKeys } from '../workshopsApi.ts';
import { type LiveRun, liveRun, newerRun } from './LiveRun.ts';
import { workshopRunApi, workshopRunKeys } from './workshopRunApi.ts';

interface UseDocumentWorkshopOptions {
  projectId: string;
  documentId: string;
  session: CollaborationSession | null;
  /** Told each time the room changes after the page has loaded, whoever changed it; once per change. */
  onChange?: (before: LiveRun | null, after: LiveRun, workshop: Workshop) => void;
}

/**
 * The workshop on an open document (running, or planned or ended today) and how it is
 * running, kept live from the server's messages; and the commands leads and
 * facilitators send to run it.
 */
export function useDocumentWorkshop({ projectId, documentId, session, onChange }: UseDocumentWorkshopOptions) {
  const queryClient = useQueryClient();
  const key = workshopRunKeys.forDocument(projectId, documentId);
  const query = useQuery({
    queryKey: key,
    queryFn: async () => {
      const sentAt = Date.now();
      const response = await workshopRunApi.forDocument(projectId, documentId);
      return { ...response, live: response.run ? liveRun(response.run, Date.now(), sentAt) : null };
    },
  });
  const workshop = query.data?.workshop ?? null;
  // Also in a ref: a message and an answer can arrive between two renders.
  const liveRef = useRef<LiveRun | null>(null);
  const [live, setLiveState] = useState<LiveRun | null>(null);
  const setLive = useCallback((next: LiveRun | null) => {
    liveRef.current = next;
    setLiveState(next);
  }, []);
  const fetched = query.data?.live ?? null;
  useEffect(() => {
    setLive(fetched ? newerRun(liveRef.current, fetched) : null);
  }, [fetched, setLive]);

  const refetch = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: key });
    // The project page's list shows whether it is running.
    void queryClient.invalidateQueries({ queryKey: workshopKeys.list(projectId) });
  }, [queryClient, key, projectId]);

  /** A state from the server; fetches the workshop again when the page's copy of it no longer fits. */
  const apply = useCallback(
    (next: LiveRun) => {
      const { run } = next;
      const fits =
        workshop !== null &&
        workshop.id === run.workshopId &&
        workshop.state === run.state &&
        (run.currentItemId === null || workshop.agenda.some((item) => item.id === run.currentItemId));
      if (!fits) refetch();
      if (workshop?.id !== run.workshopId) return;
      const before = liveRef.current;
      // The answer to a command and the message about it carry the same moment: take it once.
      if (before?.run.serverNow === run.serverNow || newerRun(before, next) !== next) return;
      setLive(next);
      onChange?.(before, next, workshop);
    },
    [workshop, refetch, onChange, setLive],
  );

  useWorkshopRunEvents(session, {
    onRunChanged: (run, receivedAt) => apply(liveRun(run, receivedAt)),
    onResynced: refetch,
  });

  const command = useMutation({
    mutationFn: async (body: RunCommandBody) => {
      if (!workshop) throw new Error('There is no workshop on this document.');
      const sentAt = Date.now();
      const { run } = await workshopRunApi.command(projectId, workshop.id, body);
      return liveRun(run, Date.now(), sentAt);
    },
    onSuccess: apply,
    // Refused because someone else moved the room meanwhile: show where it is now.
    onError: refetch,
  });

  const current = live && workshop && live.run.workshopId === workshop.id ? live : null;
  return { query, workshop, live: current, canRun: query.data?.canRun ?? false, command };
}
