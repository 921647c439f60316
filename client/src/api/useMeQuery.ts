import type { User } from '@roundtable/shared';
import { useQuery } from '@tanstack/react-query';
import { isApiRequestError } from './ApiRequestError.ts';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

/** The signed-in person, or null when nobody is signed in. */
export function useMeQuery() {
  return useQuery<User | null>({
    queryKey: queryKeys.me,
    queryFn: async () => {
      try {
        return (await roundtableApi.me()).user;
      } catch (error) {
        if (isApiRequestError(error) && error.isNotSignedIn) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}
