import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useProjectQuery(projectId: string) {
  return useQuery({ queryKey: queryKeys.project(projectId), queryFn: () => roundtableApi.project(projectId) });
}
