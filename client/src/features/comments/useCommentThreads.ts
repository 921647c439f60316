import type { MentionCandidate } from '@roundtable/shared';
import type { Editor } from '@tiptap/core';
import { useMemo } from 'react';
import { useCommentsQuery } from '../../api/useCommentsQuery.ts';
import { useProjectQuery } from '../../api/useProjectQuery.ts';
import { useCommentAnchors } from './useCommentAnchors.ts';

/**
 * A document's comment threads as the server last told them (fetched again on the live
 * connection's word, see useCommentEvents), where their words are in the text, and the
 * members who can be mentioned.
 */
export function useCommentThreads(projectId: string, documentId: string, editor: Editor | null) {
  const query = useCommentsQuery(projectId, documentId);
  const project = useProjectQuery(projectId);
  const anchors = useCommentAnchors(editor);

  const threads = query.data?.threads ?? [];
  const people = query.data?.people ?? [];
  const openCount = query.data ? threads.filter((thread) => thread.resolvedAt === null).length : null;
  const candidates: MentionCandidate[] = useMemo(
    () => (project.data?.members ?? []).map((member) => ({ id: member.userId, displayName: member.displayName })),
    [project.data],
  );
  return { query, threads, people, openCount, candidates, anchors };
}
