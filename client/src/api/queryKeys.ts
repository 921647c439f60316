/** Cache keys, built in one place so invalidation always matches what was fetched. */
export const queryKeys = {
  setup: ['setup'] as const,
  me: ['me'] as const,
  projects: ['projects'] as const,
  project: (projectId: string) => ['projects', projectId] as const,
  document: (projectId: string, documentId: string) => ['projects', projectId, 'documents', documentId] as const,
  invite: (token: string) => ['invites', token] as const,
  openInvites: (projectId: string) => ['open-invites', projectId] as const,
  /** Everything derived from a document's history: invalidated together when the text changes. */
  // A root of their own, so fetching a document's details again does not refetch all of these.
  documentHistory: (projectId: string, documentId: string) => ['history', projectId, documentId] as const,
  /** A document's comment threads; not under the document's key, so renaming it does not refetch them. */
  comments: (projectId: string, documentId: string) => ['comments', projectId, documentId] as const,
  inbox: ['inbox'] as const,
  whatsNew: (projectId: string) => ['whats-new', projectId] as const,
  historyPart: (projectId: string, documentId: string, ...part: readonly unknown[]) =>
    ['history', projectId, documentId, ...part] as const,
};
