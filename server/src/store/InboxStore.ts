import type { InboxItemKind } from '@roundtable/shared';

/** Something a person is told about a comment. Times are milliseconds since the epoch. */
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

export interface InboxFilter {
  limit: number;
  projectId?: string;
  kind?: InboxItemKind;
  /** Only items created after this time. */
  after?: number;
}

/**
 * Each person's inbox. Items are written with the comment change that causes them
 * (see CommentStore); here they are read and marked read. Every store passes
 * InboxStore.contract.test.ts.
 */
export interface InboxStore {
  /** Newest first; only items of projects the person is still a member of. */
  listInbox(userId: string, filter: InboxFilter): Promise<InboxEntryRecord[]>;
  countUnreadInbox(userId: string): Promise<number>;
  markInboxRead(userId: string, which: readonly string[] | 'all', readAt: number): Promise<void>;
}
