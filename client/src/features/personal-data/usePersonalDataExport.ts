import type { PersonalDataExportResponse } from '@roundtable/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/apiRequest.ts';

export const PERSONAL_DATA_EXPORT_PATH = '/api/account/data-export';
const queryKey = ['personal-data-export'] as const;
/** How often progress is checked while the archive is being made. */
const PROGRESS_REFRESH_MS = 1000;

/** The person's latest data archive, checked every second while it is being made, and a way to start a new one. */
export function usePersonalDataExport() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey,
    queryFn: () => apiRequest<PersonalDataExportResponse>('GET', PERSONAL_DATA_EXPORT_PATH),
    refetchInterval: (current) => (current.state.data?.export?.state === 'working' ? PROGRESS_REFRESH_MS : false),
  });
  const start = useMutation({
    mutationFn: () => apiRequest<PersonalDataExportResponse>('POST', PERSONAL_DATA_EXPORT_PATH),
    onSuccess: (response) => queryClient.setQueryData(queryKey, response),
  });
  return { query, start };
}
