import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { type HistoryFilters, roundtableApi } from './roundtableApi.ts';

/** Edit sessions newest first, a page at a time: each page asks for what came before the last. */
export function useHistoryQuery(projectId: string, documentId: string, filters: HistoryFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.historyPart(projectId, documentId, 'timeline', filters),
    queryFn: ({ pageParam }) => roundtableApi.history(projectId, documentId, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
    // Changing a filter keeps the list (and the filters' own choices) in place until the answer comes.
    placeholderData: keepPreviousData,
  });
}
