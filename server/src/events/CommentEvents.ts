import { EventEmitter } from 'node:events';
import type { CommentsChangedEvent } from '@roundtable/shared';
import type { NewInboxItemRecord } from '../store/InboxStore.ts';

/**
 * What happens in comments, for whoever needs to pass it on: the collaboration
 * server tells people with the document open, the mailer emails those who asked.
 * The comment service emits after the change is stored; listeners must not block it.
 */
interface CommentEventMap {
  commentsChanged: [{ documentName: string; change: CommentsChangedEvent }];
  /** People were told about a comment in their inbox. */
  inboxItemsAdded: [{ items: NewInboxItemRecord[] }];
}

export class CommentEvents extends EventEmitter<CommentEventMap> {}
