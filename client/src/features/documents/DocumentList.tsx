import type { DocumentSummary } from '@roundtable/shared';
import { useState } from 'react';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { ArchiveDocumentDialog } from './ArchiveDocumentDialog.tsx';
import { DocumentRow } from './DocumentRow.tsx';
import { RenameDocumentDialog } from './RenameDocumentDialog.tsx';
import { useUpdateDocument } from './useUpdateDocument.ts';

interface DocumentListProps {
  projectId: string;
  documents: DocumentSummary[];
  canManage: boolean;
  /** Where focus goes when the row that had it moves or disappears. */
  headingId: string;
}

const newestFirst = (a: DocumentSummary, b: DocumentSummary) => b.updatedAt.localeCompare(a.updatedAt);

export function DocumentList({ projectId, documents, canManage, headingId }: DocumentListProps) {
  const [renaming, setRenaming] = useState<DocumentSummary | null>(null);
  const [archiving, setArchiving] = useState<DocumentSummary | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const restore = useUpdateDocument(projectId);

  const open = documents.filter((document) => document.archivedAt === null).sort(newestFirst);
  const archived = documents.filter((document) => document.archivedAt !== null).sort(newestFirst);
  const focusHeading = () => requestAnimationFrame(() => window.document.getElementById(headingId)?.focus());

  return (
    <div className="document-list">
      <LiveNotice message={notice} />
      {open.length === 0 ? (
        <p className="empty-state">No documents yet. Start one below: everyone in the project can write in it.</p>
      ) : (
        <ul className="row-list">
          {open.map((document) => (
            <DocumentRow
              key={document.id}
              projectId={projectId}
              document={document}
              actions={
                canManage ? (
                  <>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      aria-label={`Rename ${document.title}`}
                      onClick={() => setRenaming(document)}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      aria-label={`Archive ${document.title}`}
                      onClick={() => setArchiving(document)}
                    >
                      Archive
                    </button>
                  </>
                ) : null
              }
            />
          ))}
        </ul>
      )}

      {archived.length > 0 ? (
        <section className="document-list__archived" aria-labelledby="archived-documents-heading">
          <h3 id="archived-documents-heading">Archived documents</h3>
          <p className="muted small">Archived documents can be read but not changed.</p>
          <ul className="row-list">
            {archived.map((document) => (
              <DocumentRow
                key={document.id}
                projectId={projectId}
                document={document}
                actions={
                  canManage ? (
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      aria-label={`Restore ${document.title}`}
                      disabled={restore.isPending}
                      onClick={() =>
                        restore.mutate(
                          { documentId: document.id, body: { archived: false } },
                          {
                            onSuccess: ({ document: restored }) => {
                              setNotice({
                                text: `“${restored.title}” restored. Everyone can edit it again.`,
                                tone: 'success',
                              });
                              focusHeading();
                            },
                            onError: (error) => setNotice({ text: error.message, tone: 'error' }),
                          },
                        )
                      }
                    >
                      Restore
                    </button>
                  ) : null
                }
              />
            ))}
          </ul>
        </section>
      ) : null}

      <RenameDocumentDialog
        projectId={projectId}
        document={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={(title) => setNotice({ text: `Renamed to “${title}”.`, tone: 'success' })}
      />
      <ArchiveDocumentDialog
        projectId={projectId}
        document={archiving}
        onClose={() => setArchiving(null)}
        onArchived={(title) => {
          setNotice({ text: `“${title}” archived. It is now read-only for everyone.`, tone: 'success' });
          focusHeading();
        }}
      />
    </div>
  );
}
