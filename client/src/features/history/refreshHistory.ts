import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/queryKeys.ts';

/** Parts of the history that a change to the text cannot alter. */
const UNCHANGING: ReadonlySet<unknown> = new Set(['version', 'since-last-visit']);

/**
 * Fetches again what the text's latest changes alter: the timeline, versions,
 * comparisons with now, who wrote what and the balance of voice. Saved versions and the
 * summary shown on arrival stay as they are.
 */
export function refreshHistory(queryClient: QueryClient, projectId: string, documentId: string): Promise<void> {
  const root = queryKeys.documentHistory(projectId, documentId);
  return queryClient.invalidateQueries({
    queryKey: root,
    predicate: (query) => !UNCHANGING.has(query.queryKey[root.length]),
  });
}
