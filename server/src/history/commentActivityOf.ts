import type { CommentActivity } from '@roundtable/shared';
import type { CommentStore } from '../store/CommentStore.ts';

/** A document's comment activity as the history shows it, oldest first, each with where its thread is. */
export async function commentActivityOf(commentStore: CommentStore, documentId: string): Promise<CommentActivity[]> {
  const [activity, threads] = await Promise.all([
    commentStore.listCommentActivity(documentId),
    commentStore.listThreads(documentId),
  ]);
  const threadsById = new Map(threads.map((thread) => [thread.id, thread]));
  return activity.map((entry) => {
    const thread = threadsById.get(entry.threadId);
    return {
      id: entry.id,
      kind: entry.kind,
      personId: entry.userId,
      threadId: entry.threadId,
      commentId: entry.commentId,
      quote: thread?.quote ?? null,
      section: thread?.section ?? '',
      at: new Date(entry.createdAt).toISOString(),
    };
  });
}

/** Comments each person has written on the document and not deleted (opening comments and replies). */
export async function commentCountsOf(commentStore: CommentStore, documentId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const comment of await commentStore.listComments(documentId)) {
    if (comment.deletedAt === null) counts.set(comment.authorId, (counts.get(comment.authorId) ?? 0) + 1);
  }
  return counts;
}
