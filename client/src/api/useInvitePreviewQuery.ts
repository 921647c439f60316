import { useQuery } from '@tanstack/react-query';
import { queryKeys } from './queryKeys.ts';
import { roundtableApi } from './roundtableApi.ts';

export function useInvitePreviewQuery(token: string) {
  return useQuery({ queryKey: queryKeys.invite(token), queryFn: () => roundtableApi.invitePreview(token) });
}
