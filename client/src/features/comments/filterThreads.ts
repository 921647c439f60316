import type { CommentThread } from '@roundtable/shared';

export type ThreadStatusFilter = 'open' | 'resolved' | 'all';

export interface ThreadFilters {
  status: ThreadStatusFilter;
  /** Someone who commented in the thread, or null for anyone. */
  personId: string | null;
  /** A section's heading ('' for the opening text), or null for every section. */
  section: string | null;
  mentionsMe: boolean;
}

export const defaultThreadFilters: ThreadFilters = { status: 'open', personId: null, section: null, mentionsMe: false };

/** The threads that pass every filter that is on. */
export function filterThreads(
  threads: readonly CommentThread[],
  filters: ThreadFilters,
  myId: string,
): CommentThread[] {
  return threads.filter((thread) => {
    if (filters.status === 'open' && thread.resolvedAt !== null) return false;
    if (filters.status === 'resolved' && thread.resolvedAt === null) return false;
    if (filters.personId !== null && !thread.comments.some((comment) => comment.authorId === filters.personId))
      return false;
    if (filters.section !== null && thread.section !== filters.section) return false;
    if (filters.mentionsMe && !thread.comments.some((comment) => comment.mentionedIds.includes(myId))) return false;
    return true;
  });
}

/** How many filters beyond the default "open" are on, for the filters' summary. */
export function activeFilterCount(filters: ThreadFilters): number {
  return (
    (filters.status === 'open' ? 0 : 1) +
    (filters.personId === null ? 0 : 1) +
    (filters.section === null ? 0 : 1) +
    (filters.mentionsMe ? 1 : 0)
  );
}
