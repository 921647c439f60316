import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiRequestError } from './ApiRequestError.ts';
import { queryKeys } from './queryKeys.ts';

/**
 * When any request finds the session gone, forget who is signed in: the signed-in
 * pages then send the person to sign in, remembering where they were.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiRequestError(error) && error.isNotSignedIn) client.setQueryData(queryKeys.me, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // An answer from the server will not change on retry; a dropped connection might.
        retry: (failureCount, error) => isApiRequestError(error) && error.code === 'network' && failureCount < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
