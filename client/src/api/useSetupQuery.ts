import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useSetupQuery() {
  return useQuery({ queryKey: queryKeys.setup, queryFn: roundtableApi.setup });
}
