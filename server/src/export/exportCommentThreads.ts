import {
  type CommentThreads,
  type CreditedPerson,
  findMentions,
  formatExportDate,
  type MentionCandidate,
} from '@roundtable/shared';
import type { CommentRecord, CommentThreadRecord } from '../store/CommentStore.ts';

const ANONYMOUS = 'A member of the group';

/**
 * The comment threads an export includes: those begun by `upTo`, each with the
 * comments written by then (deleted ones left out) and how it ended, every name as
 * its person chose to be credited — including @mentions of the `unnamed`, people who
 * chose not to be named.
 */
export function exportCommentThreads(
  threads: readonly CommentThreadRecord[],
  comments: readonly CommentRecord[],
  people: ReadonlyMap<string, CreditedPerson>,
  upTo: number,
  unnamed: readonly MentionCandidate[] = [],
): CommentThreads {
  const nameOf = (id: string | null) => (id && people.get(id)?.name) || ANONYMOUS;
  const byThread = new Map<string, CommentRecord[]>();
  for (const comment of comments) {
    if (comment.deletedAt !== null || comment.createdAt > upTo) continue;
    byThread.set(comment.threadId, [...(byThread.get(comment.threadId) ?? []), comment]);
  }
  return {
    available: true,
    threads: threads
      .filter((thread) => thread.createdAt <= upTo && (byThread.get(thread.id)?.length ?? 0) > 0)
      .map((thread) => ({
        quote: thread.quote,
        section: thread.section,
        outcome:
          thread.resolvedAt !== null && thread.resolvedAt <= upTo
            ? `Resolved by ${nameOf(thread.resolvedBy)} on ${formatExportDate(new Date(thread.resolvedAt).toISOString())}`
            : null,
        comments: (byThread.get(thread.id) ?? []).map((comment) => ({
          author: nameOf(comment.authorId),
          text: withoutNames(comment.body, unnamed),
          date: new Date(comment.createdAt).toISOString(),
        })),
      })),
  };
}

/** The text with each "@Name" of these people written as "@a member of the group". */
function withoutNames(text: string, unnamed: readonly MentionCandidate[]): string {
  let result = text;
  for (const mention of findMentions(text, unnamed).reverse()) {
    result = `${result.slice(0, mention.start)}@a member of the group${result.slice(mention.end)}`;
  }
  return result;
}

/** People who wrote comments that an export up to `upTo` includes. */
export function commentContributors(comments: readonly CommentRecord[], upTo: number): string[] {
  return comments
    .filter((comment) => comment.deletedAt === null && comment.createdAt <= upTo)
    .map((comment) => comment.authorId);
}
