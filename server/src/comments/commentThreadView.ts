import type { CommentThread, CommentView } from '@roundtable/shared';
import type { CommentRecord, CommentThreadRecord } from '../store/CommentStore.ts';

const isoOrNull = (time: number | null) => (time === null ? null : new Date(time).toISOString());

/** A comment as the API returns it. */
export function commentView(comment: CommentRecord): CommentView {
  return {
    id: comment.id,
    threadId: comment.threadId,
    authorId: comment.authorId,
    body: comment.body,
    createdAt: new Date(comment.createdAt).toISOString(),
    editedAt: isoOrNull(comment.editedAt),
    deletedAt: isoOrNull(comment.deletedAt),
    mentionedIds: comment.mentionedIds,
  };
}

/** A thread with its comments (oldest first) as the API returns it. */
export function commentThreadView(thread: CommentThreadRecord, comments: readonly CommentRecord[]): CommentThread {
  return {
    id: thread.id,
    documentId: thread.documentId,
    anchor: thread.anchor,
    quote: thread.quote,
    section: thread.section,
    createdById: thread.createdBy,
    createdAt: new Date(thread.createdAt).toISOString(),
    resolvedAt: isoOrNull(thread.resolvedAt),
    resolvedById: thread.resolvedBy,
    comments: comments.map(commentView),
  };
}

/** Everyone a thread names: who began it, who resolved it, who wrote in it and whom they mentioned. */
export function threadPersonIds(thread: CommentThreadRecord, comments: readonly CommentRecord[]): string[] {
  return [
    thread.createdBy,
    ...(thread.resolvedBy ? [thread.resolvedBy] : []),
    ...comments.flatMap((comment) => [comment.authorId, ...comment.mentionedIds]),
  ];
}
