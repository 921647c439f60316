import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useProjectsQuery() {
  return useQuery({ queryKey: queryKeys.projects, queryFn: roundtableApi.projects });
}
