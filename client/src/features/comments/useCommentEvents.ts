import type { CommentsChangedEvent } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { refreshHistory } from '../history/refreshHistory.ts';
import { describeCommentEvent } from './describeCommentEvent.ts';

/**
 * Handles the server's word that a document's comments changed: fetch them again (and
 * the inbox, which a reply or mention may have reached), and tell screen reader users
 * what someone else did. One's own actions are not announced back.
 */
export function useCommentEvents(projectId: string, documentId: string, myId: string) {
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  return useCallback(
    (event: CommentsChangedEvent) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.comments(projectId, documentId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
      // The timeline and the balance of voice include comment activity.
      void refreshHistory(queryClient, projectId, documentId);
      if (event.by.id === myId) return;
      const message = describeCommentEvent(event);
      if (message) announce(message);
    },
    [queryClient, announce, projectId, documentId, myId],
  );
}
