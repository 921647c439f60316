import type { CommentActivityKind, InboxItemKind } from '@roundtable/shared';

/**
 * The part of the store that keeps comments, inboxes and project visits. Times are
 * milliseconds since the epoch. Every store passes CommentStore.contract.test.ts.
 */
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

export interface InboxItemRecord {
  id: string;
  userId: string;
  projectId: string;
  documentId: string;
  threadId: string;
  commentId: string;
  kind: InboxItemKind;
  fromUserId: string;
  createdAt: number;
  readAt: number | null;
}

export type NewInboxItemRecord = Omit<InboxItemRecord, 'readAt'>;

/** An inbox item with what it is shown with. */
export interface InboxEntryRecord extends InboxItemRecord {
  projectName: string;
  documentTitle: string;
  section: string;
  fromDisplayName: string;
  /** The comment's text as it is now; empty if it was deleted. */
  body: string;
}

/** What one change to a document's comments records, written with the change itself. */
export interface CommentEffects {
  activity: NewCommentActivity;
  /** People to tell. Someone who already has an item of that kind for the comment is not told twice. */
  inbox: NewInboxItemRecord[];
}

/** When a member came to a project: `sinceAt` is where their current visit's "what's new" starts. */
export interface ProjectVisitRecord {
  projectId: string;
  userId: string;
  sinceAt: number | null;
  lastAt: number;
}

/** How many updates one person made to one document after some time. */
export interface DocumentChangesRecord {
  documentId: string;
  userId: string;
  changes: number;
  lastAt: number;
}

/** A new thread or a reply, with where it is and what it says. */
export interface ProjectCommentRecord extends CommentActivityRecord {
  commentId: string;
  section: string;
  body: string;
}

export interface PersonNameRecord {
  id: string;
  displayName: string;
}

export interface InboxFilter {
  limit: number;
  projectId?: string;
  kind?: InboxItemKind;
  /** Only items created after this time. */
  after?: number;
}

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
  /** Resolves (with who and when) or, given null, reopens a thread, with its activity. */
  setThreadResolution(
    threadId: string,
    resolution: { resolvedAt: number; resolvedBy: string } | null,
    activity: NewCommentActivity,
  ): Promise<void>;

  findThread(id: string): Promise<CommentThreadRecord | undefined>;
  countThreads(documentId: string): Promise<number>;
  /** In the order they began. */
  listThreads(documentId: string): Promise<CommentThreadRecord[]>;
  findComment(id: string): Promise<CommentRecord | undefined>;
  /** Oldest first. */
  listThreadComments(threadId: string): Promise<CommentRecord[]>;
  /** Every comment on the document, oldest first. */
  listComments(documentId: string): Promise<CommentRecord[]>;
  /** Oldest first. */
  listCommentActivity(documentId: string): Promise<CommentActivityRecord[]>;
  /** Names of these people, whether or not they are still members anywhere. */
  listPeopleNames(ids: readonly string[]): Promise<PersonNameRecord[]>;

  /** Newest first; only items of projects the person is still a member of. */
  listInbox(userId: string, filter: InboxFilter): Promise<InboxEntryRecord[]>;
  countUnreadInbox(userId: string): Promise<number>;
  markInboxRead(userId: string, which: readonly string[] | 'all', readAt: number): Promise<void>;

  findProjectVisit(projectId: string, userId: string): Promise<ProjectVisitRecord | undefined>;
  saveProjectVisit(visit: ProjectVisitRecord): Promise<void>;
  /** Per document and person, the updates people other than `exceptUserId` made to the project's documents after `after`. */
  listDocumentChanges(projectId: string, after: number, exceptUserId: string): Promise<DocumentChangesRecord[]>;
  /** New threads and replies by people other than `exceptUserId` after `after`, newest first, leaving out deleted ones. */
  listProjectComments(
    projectId: string,
    after: number,
    exceptUserId: string,
    limit: number,
  ): Promise<ProjectCommentRecord[]>;
}
