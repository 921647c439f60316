import { describe, expect, it } from 'vitest';
import { buildDocumentName, parseDocumentName } from './documentName.ts';

const projectId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const documentId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('document names', () => {
  it('round-trips a project and document', () => {
    const name = buildDocumentName({ projectId, documentId });
    expect(parseDocumentName(name)).toEqual({ projectId, documentId });
  });
  it.each(['', 'project/x/document/y', `project/${projectId}/document/${documentId}/extra`, `../${documentId}`])(
    'refuses %j',
    (name) => expect(parseDocumentName(name)).toBeNull(),
  );
  it('refuses to build a name from ids that are not ids', () => {
    expect(() => buildDocumentName({ projectId: 'a/b', documentId })).toThrow();
  });
});
