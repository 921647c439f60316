/** Cache keys, built in one place so invalidation always matches what was fetched. */
export const queryKeys = {
  setup: ['setup'] as const,
  me: ['me'] as const,
  projects: ['projects'] as const,
  project: (projectId: string) => ['projects', projectId] as const,
  document: (projectId: string, documentId: string) => ['projects', projectId, 'documents', documentId] as const,
  invite: (token: string) => ['invites', token] as const,
};
