import type { InboxItem, InboxResponse, MarkInboxReadBody } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import type { InboxEntryRecord, InboxStore } from '../store/InboxStore.ts';
import { commentExcerpt } from './commentExcerpt.ts';

/** Items an inbox shows; older ones are still in the threads themselves. */
export const INBOX_ITEMS_SHOWN = 100;

/** Each person's mentions and replies, across all the projects they are in. */
export class InboxService {
  constructor(
    private readonly inboxStore: InboxStore,
    private readonly now: Clock,
  ) {}

  async list(userId: string): Promise<InboxResponse> {
    const [entries, unreadCount] = await Promise.all([
      this.inboxStore.listInbox(userId, { limit: INBOX_ITEMS_SHOWN }),
      this.inboxStore.countUnreadInbox(userId),
    ]);
    return { unreadCount, items: entries.map(inboxItem) };
  }

  /** Ids that are not the person's own are ignored: there is nothing of theirs to mark. */
  async markRead(userId: string, body: MarkInboxReadBody): Promise<InboxResponse> {
    await this.inboxStore.markInboxRead(userId, body.all ? 'all' : (body.ids ?? []), this.now());
    return this.list(userId);
  }
}

export function inboxItem(entry: InboxEntryRecord): InboxItem {
  return {
    id: entry.id,
    kind: entry.kind,
    projectId: entry.projectId,
    projectName: entry.projectName,
    documentId: entry.documentId,
    documentTitle: entry.documentTitle,
    threadId: entry.threadId,
    commentId: entry.commentId,
    from: { id: entry.fromUserId, displayName: entry.fromDisplayName },
    excerpt: commentExcerpt(entry.body),
    section: entry.section,
    createdAt: new Date(entry.createdAt).toISOString(),
    readAt: entry.readAt === null ? null : new Date(entry.readAt).toISOString(),
  };
}
