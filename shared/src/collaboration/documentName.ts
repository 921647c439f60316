/**
 * The one place where collaboration document names are built and parsed, so the
 * client, the server and the tests can never disagree about them.
 */
const PATTERN = /^project\/([0-9a-f-]{36})\/document\/([0-9a-f-]{36})$/;

export interface DocumentAddress {
  projectId: string;
  documentId: string;
}

export function buildDocumentName({ projectId, documentId }: DocumentAddress): string {
  const name = `project/${projectId}/document/${documentId}`;
  if (!PATTERN.test(name)) throw new Error(`Not a valid document address: ${name}`);
  return name;
}

export function parseDocumentName(name: string): DocumentAddress | null {
  const match = PATTERN.exec(name);
  if (!match?.[1] || !match[2]) return null;
  return { projectId: match[1], documentId: match[2] };
}
