import { useQuery } from '@tanstack/react-query';
import { accountApi, accountKeys } from './accountApi.ts';

/** The signed-in person's account: whether they are an administrator, and where they are signed in. */
export function useAccountQuery() {
  return useQuery({ queryKey: accountKeys.account, queryFn: accountApi.account });
}
