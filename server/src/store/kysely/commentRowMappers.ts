import type { CommentActivityKind, InboxItemKind } from '@roundtable/shared';
import type { CommentActivityRecord, CommentRecord, CommentThreadRecord, NewCommentActivity } from '../CommentStore.ts';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { InboxItemRecord, NewInboxItemRecord } from '../InboxStore.ts';

type Row<T extends keyof DatabaseSchema> = DatabaseSchema[T];

/** Conversions between comment, activity and inbox rows and the store's records. */
const orNull = (value: number | null): number | null => (value === null ? null : Number(value));

export function toThreadRow(thread: CommentThreadRecord): Row<'comment_threads'> {
  return {
    id: thread.id,
    project_id: thread.projectId,
    document_id: thread.documentId,
    anchor: thread.anchor,
    quote: thread.quote,
    section: thread.section,
    created_by: thread.createdBy,
    created_at: thread.createdAt,
    resolved_at: thread.resolvedAt,
    resolved_by: thread.resolvedBy,
  };
}

export function toThread(row: Row<'comment_threads'>): CommentThreadRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    documentId: row.document_id,
    anchor: row.anchor === 'document' ? 'document' : 'text',
    quote: row.quote,
    section: row.section,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    resolvedAt: orNull(row.resolved_at),
    resolvedBy: row.resolved_by,
  };
}

export function toCommentRow(comment: CommentRecord): Row<'comments'> {
  return {
    id: comment.id,
    thread_id: comment.threadId,
    document_id: comment.documentId,
    author_id: comment.authorId,
    body: comment.body,
    created_at: comment.createdAt,
    edited_at: comment.editedAt,
    deleted_at: comment.deletedAt,
    mentioned_ids: JSON.stringify(comment.mentionedIds),
  };
}

export function toComment(row: Row<'comments'>): CommentRecord {
  return {
    id: row.id,
    threadId: row.thread_id,
    documentId: row.document_id,
    authorId: row.author_id,
    body: row.body,
    createdAt: Number(row.created_at),
    editedAt: orNull(row.edited_at),
    deletedAt: orNull(row.deleted_at),
    mentionedIds: JSON.parse(row.mentioned_ids) as string[],
  };
}

export function toActivityRow(activity: NewCommentActivity) {
  return {
    document_id: activity.documentId,
    thread_id: activity.threadId,
    comment_id: activity.commentId,
    user_id: activity.userId,
    kind: activity.kind,
    created_at: activity.createdAt,
  };
}

export function toActivity(row: Omit<Row<'comment_activity'>, 'id'> & { id: number }): CommentActivityRecord {
  return {
    id: Number(row.id),
    documentId: row.document_id,
    threadId: row.thread_id,
    commentId: row.comment_id,
    userId: row.user_id,
    kind: row.kind as CommentActivityKind,
    createdAt: Number(row.created_at),
  };
}

export function toInboxRow(item: NewInboxItemRecord): Row<'inbox_items'> {
  return {
    id: item.id,
    user_id: item.userId,
    project_id: item.projectId,
    document_id: item.documentId,
    thread_id: item.threadId,
    comment_id: item.commentId,
    kind: item.kind,
    from_user_id: item.fromUserId,
    created_at: item.createdAt,
    read_at: null,
  };
}

export function toInboxItem(row: Row<'inbox_items'>): InboxItemRecord {
  return {
    id: row.id,
    userId: row.user_id,
    projectId: row.project_id,
    documentId: row.document_id,
    threadId: row.thread_id,
    commentId: row.comment_id,
    kind: row.kind as InboxItemKind,
    fromUserId: row.from_user_id,
    createdAt: Number(row.created_at),
    readAt: orNull(row.read_at),
  };
}
