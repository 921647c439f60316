import type { User } from '@roundtable/shared';
import { useMeQuery } from '../../api/useMeQuery.ts';

/** The signed-in person, for pages rendered inside RequireSignedIn. */
export function useSignedInUser(): User {
  const { data } = useMeQuery();
  if (!data) throw new Error('useSignedInUser is only for pages inside <RequireSignedIn>.');
  return data;
}
