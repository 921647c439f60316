import { randomUUID } from 'node:crypto';
import type { CommentRecord } from '../store/CommentStore.ts';
import type { NewInboxItemRecord } from '../store/InboxStore.ts';

export interface CommentAudience {
  projectId: string;
  /** Current members: only they are told anything. */
  memberIds: ReadonlySet<string>;
  /** Who began the thread and who has written in it before this comment; empty for an edit. */
  earlierParticipantIds: readonly string[];
  /** Who this comment already mentioned before an edit, and so has been told. */
  alreadyMentionedIds: readonly string[];
}

/**
 * Whom a new or edited comment tells: each member it mentions gets a 'mention', and
 * everyone who took part in the thread before gets a 'reply' unless the comment also
 * mentions them — one item each, never for the author themselves.
 */
export function commentInboxItems(comment: CommentRecord, audience: CommentAudience): NewInboxItemRecord[] {
  const tells = (personId: string) => personId !== comment.authorId && audience.memberIds.has(personId);
  const item = (userId: string, kind: NewInboxItemRecord['kind']): NewInboxItemRecord => ({
    id: randomUUID(),
    userId,
    projectId: audience.projectId,
    documentId: comment.documentId,
    threadId: comment.threadId,
    commentId: comment.id,
    kind,
    fromUserId: comment.authorId,
    createdAt: comment.editedAt ?? comment.createdAt,
  });
  const mentions = comment.mentionedIds
    .filter((id) => tells(id) && !audience.alreadyMentionedIds.includes(id))
    .map((id) => item(id, 'mention'));
  const replies = [...new Set(audience.earlierParticipantIds)]
    .filter((id) => tells(id) && !comment.mentionedIds.includes(id))
    .map((id) => item(id, 'reply'));
  return [...mentions, ...replies];
}
