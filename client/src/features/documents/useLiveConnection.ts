import type { DocumentDetailResponse, User } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { queryKeys } from '../../api/queryKeys.ts';
import { useCollaboration } from '../../collaboration/useCollaboration.ts';
import { useCommentEvents } from '../comments/useCommentEvents.ts';
import { usePresenceAnnouncements } from '../presence/usePresenceAnnouncements.ts';

/**
 * The open document's live connection, with what the server says over it followed on
 * the page: archived or restored, renamed, comments changed, people arriving and leaving.
 * `beforeLeaving` is run when the page closes, while the connection can still send.
 */
export function useLiveConnection({ project, me, document, collaborationName }: DocumentDetailResponse, user: User) {
  const queryClient = useQueryClient();
  const onCommentsChanged = useCommentEvents(project.id, document.id, user.id);
  // Declared before the live connection so that, on leaving, it runs while the connection can still send.
  const beforeLeaving = useRef(() => {});
  useEffect(() => () => beforeLeaving.current(), []);
  const collaboration = useCollaboration({
    collaborationName,
    user,
    perspective: me.perspective,
    // Archived or restored by a lead: fetch it again so the page says which, and offers the right actions.
    onAccessChanged: () =>
      void queryClient.invalidateQueries({ queryKey: queryKeys.document(project.id, document.id) }),
    // Renamed: the heading, breadcrumb and tab title follow, here and in the project's list.
    onDetailsChanged: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.document(project.id, document.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(project.id) });
    },
    onCommentsChanged,
  });
  usePresenceAnnouncements(collaboration.people, collaboration.connectionState);
  return { collaboration, beforeLeaving };
}
