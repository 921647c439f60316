import type { CommentActivityKind } from '@roundtable/shared';
import type { NewInboxItemRecord } from './InboxStore.ts';

/** Times are milliseconds since the epoch. */
export interface CommentThreadRecord {
  id: string;
  projectId: string;
  documentId: string;
  anchor: 'text' | 'document';
  quote: string | null;
  section: string;
  createdBy: string;
  createdAt: number;
  resolvedAt: number | null;
  resolvedBy: string | null;
}

export interface CommentRecord {
  id: string;
  threadId: string;
  documentId: string;
  authorId: string;
  /** Empty once deleted. */
  body: string;
  createdAt: number;
  editedAt: number | null;
  deletedAt: number | null;
  mentionedIds: string[];
}

export interface CommentActivityRecord {
  id: number;
  documentId: string;
  threadId: string;
  /** Null for what is done to a whole thread (resolving, reopening). */
  commentId: string | null;
  userId: string;
  kind: CommentActivityKind;
  createdAt: number;
}

export type NewCommentActivity = Omit<CommentActivityRecord, 'id'>;

/** What one change to a document's comments records, written with the change itself. */
export interface CommentEffects {
  activity: NewCommentActivity;
  /** People to tell. Someone who already has an item of that kind for the comment is not told twice. */
  inbox: NewInboxItemRecord[];
}

/** A new thread or a reply, with where it is and what it says. */
export interface ProjectCommentRecord extends CommentActivityRecord {
  commentId: string;
  section: string;
  body: string;
}

/**
 * Comment threads, their comments and the activity they record; each change writes
 * the inbox items it causes in the same transaction. Every store passes
 * CommentStore.contract.test.ts.
 */
export interface CommentStore {
  /**
   * Starts a thread with its first comment, its activity and its inbox items, in one
   * transaction. Returns the inbox items written, or undefined (and writes nothing)
   * when a thread with this id already exists.
   */
  createThread(
    thread: CommentThreadRecord,
    first: CommentRecord,
    effects: CommentEffects,
  ): Promise<NewInboxItemRecord[] | undefined>;
  /** Adds a reply with its activity and inbox items, in one transaction; returns the inbox items written. */
  addComment(comment: CommentRecord, effects: CommentEffects): Promise<NewInboxItemRecord[]>;
  /**
   * Changes a comment (an edit, or a deletion: body cleared and deletedAt set, which
   * also withdraws the inbox items about it), in one transaction with its effects.
   */
  updateComment(
    commentId: string,
    change: Partial<Pick<CommentRecord, 'body' | 'mentionedIds' | 'editedAt' | 'deletedAt'>>,
    effects: CommentEffects,
  ): Promise<NewInboxItemRecord[]>;
  /**
   * Resolves (with who and when) or, given null, reopens a thread, with its activity and
   * whom it tells; returns the inbox items that were new.
   */
  setThreadResolution(
    threadId: string,
    resolution: { resolvedAt: number; resolvedBy: string } | null,
    activity: NewCommentActivity,
    inbox?: readonly NewInboxItemRecord[],
  ): Promise<NewInboxItemRecord[]>;

  findThread(id: string): Promise<CommentThreadRecord | undefined>;
  countThreads(documentId: string): Promise<number>;
  /** In the order they began. */
  listThreads(documentId: string): Promise<CommentThreadRecord[]>;
  findComment(id: string): Promise<CommentRecord | undefined>;
  /** Oldest first. */
  listThreadComments(threadId: string): Promise<CommentRecord[]>;
  /** Every comment on the document, oldest first. */
  listComments(documentId: string): Promise<CommentRecord[]>;
  /** Every comment, in any document, whose mentions include the person. */
  listCommentsMentioning(personId: string): Promise<CommentRecord[]>;
  /**
   * Replaces what comments say without it counting as an edit by their author: only for
   * taking a deleted account's name out of other people's mentions of them.
   */
  rewriteBodies(bodies: ReadonlyArray<{ commentId: string; body: string }>): Promise<void>;
  /** Oldest first. */
  listCommentActivity(documentId: string): Promise<CommentActivityRecord[]>;
  /** New threads and replies by people other than `exceptUserId` after `after`, newest first, leaving out deleted ones. */
  listProjectComments(
    projectId: string,
    after: number,
    exceptUserId: string,
    limit: number,
  ): Promise<ProjectCommentRecord[]>;
}
