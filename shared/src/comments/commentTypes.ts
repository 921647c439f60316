/**
 * What the comments, inbox and "what's new" APIs return. Times are ISO 8601 strings.
 * Comment bodies are plain text: clients show them as text (links and line breaks
 * made by the client), never as HTML.
 */

/** A person as comments show them; `displayName` is their current name, or their last one once they have left. */
export interface CommentPerson {
  id: string;
  displayName: string;
}

export interface CommentView {
  id: string;
  threadId: string;
  authorId: string;
  /** Empty once the comment is deleted; the comment stays in the thread as "deleted". */
  body: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  /** Members this comment mentioned with @Name. */
  mentionedIds: string[];
}

/**
 * A conversation on some words of a document, or on the document as a whole.
 * Threads on text are anchored by a `comment` mark carrying the thread's id in the
 * shared document (see CommentMark): where the mark is no longer in the document,
 * the thread is "on removed text" and `quote` shows the words it was on.
 */
export interface CommentThread {
  id: string;
  documentId: string;
  anchor: 'text' | 'document';
  /** The words commented on, as they were when the thread began; null on the whole document. */
  quote: string | null;
  /** The heading of the section the words were in when the thread began ('' before any heading). */
  section: string;
  createdById: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedById: string | null;
  /** The opening comment first, then replies, oldest first. */
  comments: CommentView[];
}

/** GET /api/projects/:p/documents/:d/comments */
export interface CommentThreadsResponse {
  threads: CommentThread[];
  /** Everyone named in these threads, members or not. */
  people: CommentPerson[];
}

/** POST …/comments/threads, …/resolve, …/reopen */
export interface CommentThreadResponse {
  thread: CommentThread;
  people: CommentPerson[];
}

/** POST …/threads/:t/replies, PATCH …/comments/:c */
export interface CommentResponse {
  comment: CommentView;
}

export const commentActivityKinds = ['commented', 'replied', 'edited', 'deleted', 'resolved', 'reopened'] as const;
export type CommentActivityKind = (typeof commentActivityKinds)[number];

/** One thing someone did in a document's comments, as the history lists it. */
export interface CommentActivity {
  id: number;
  kind: CommentActivityKind;
  personId: string;
  threadId: string;
  commentId: string | null;
  /** The thread's quote and section, so the history can say where. */
  quote: string | null;
  section: string;
  at: string;
}

export const inboxItemKinds = ['mention', 'reply', 'resolved'] as const;
/**
 * 'mention': someone @mentioned you; 'reply': someone replied in a thread you started or
 * took part in; 'resolved': someone resolved a thread you wrote in (the item quotes its first comment).
 */
export type InboxItemKind = (typeof inboxItemKinds)[number];

export interface InboxItem {
  id: string;
  kind: InboxItemKind;
  projectId: string;
  projectName: string;
  documentId: string;
  documentTitle: string;
  threadId: string;
  commentId: string;
  from: CommentPerson;
  /** The start of the comment, plain text. */
  excerpt: string;
  section: string;
  createdAt: string;
  readAt: string | null;
}

/** GET /api/inbox (newest first), POST /api/inbox/read */
export interface InboxResponse {
  unreadCount: number;
  items: InboxItem[];
}

export const whatsNewKinds = ['document-changed', 'thread', 'reply', 'mention'] as const;
export type WhatsNewKind = (typeof whatsNewKinds)[number];

export interface WhatsNewItem {
  kind: WhatsNewKind;
  documentId: string;
  documentTitle: string;
  /** Null for 'document-changed'. */
  threadId: string | null;
  commentId: string | null;
  /** Who did it; for 'document-changed', everyone who changed it since, most recent first. */
  people: CommentPerson[];
  /** Comment excerpt, or for 'document-changed' a count like "3 changes". */
  summary: string;
  section: string;
  /** Newest time this item covers. */
  at: string;
}

/** GET /api/projects/:p/whats-new: others' activity since the member's last visit, newest first. */
export interface WhatsNewResponse {
  /** Null on a first visit: everything is new, and nothing is listed. */
  since: string | null;
  items: WhatsNewItem[];
}
