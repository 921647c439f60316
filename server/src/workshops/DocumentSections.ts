import { buildDocumentName, COLLABORATION_FIELD, type DocumentSection, sectionsOf } from '@roundtable/shared';
import type * as Y from 'yjs';
import type { DocumentLog } from '../documents/DocumentLog.ts';
import { DomainError } from '../errors/DomainError.ts';

/** The server's open copy of a document, if it has one (still loading, it is not yet the whole document). */
export type OpenDocumentLookup = (documentName: string) => (Y.Doc & { isLoading: boolean }) | undefined;

/**
 * The sections (headings with a stable id) of a document as the server has it now: its
 * open copy while someone has the document open, or else the log, which holds every
 * change anyone has seen.
 */
export class DocumentSections {
  constructor(
    private readonly log: DocumentLog,
    private readonly openDocument: OpenDocumentLookup,
  ) {}

  async of(projectId: string, documentId: string): Promise<DocumentSection[]> {
    const open = this.openDocument(buildDocumentName({ projectId, documentId }));
    if (open && !open.isLoading) return sectionsOf(open.getXmlFragment(COLLABORATION_FIELD));
    const { ydoc } = await this.log.loadAt(documentId);
    try {
      return sectionsOf(ydoc.getXmlFragment(COLLABORATION_FIELD));
    } finally {
      ydoc.destroy();
    }
  }

  /** Refuses section ids the document does not have (now), in plain words. */
  async requireAll(projectId: string, documentId: string, sectionIds: readonly (string | null)[]): Promise<void> {
    const wanted = sectionIds.filter((id): id is string => id !== null);
    if (wanted.length === 0) return;
    const known = new Set((await this.of(projectId, documentId)).map((section) => section.sectionId));
    if (wanted.every((id) => known.has(id))) return;
    throw new DomainError('invalid-request', 'That section is no longer in the document. Choose another, or none.', {
      sectionId: 'That section is no longer in the document. Choose another, or none.',
    });
  }
}
