import type { CommentPerson, CommentThread } from '@roundtable/shared';
import { personName } from './personName.ts';
import { quoteText } from './quoteText.ts';

/** "Comment by Ada Lovelace on “housing”: 2 replies", as a thread is named when reached from its words. */
export function describeThread(thread: CommentThread, people: readonly CommentPerson[]): string {
  const author = personName(people, thread.comments[0]?.authorId ?? thread.createdById);
  const where = thread.anchor === 'document' || thread.quote === null ? 'the whole document' : quoteText(thread.quote);
  const replies = Math.max(thread.comments.length - 1, 0);
  const count = replies === 0 ? 'no replies' : replies === 1 ? '1 reply' : `${replies} replies`;
  const resolved = thread.resolvedAt ? ', resolved' : '';
  return `Comment by ${author} on ${where}: ${count}${resolved}`;
}
