import type { DocumentSummary } from '@roundtable/shared';
import { useEffect } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useUpdateDocument } from './useUpdateDocument.ts';

interface ArchiveDocumentDialogProps {
  projectId: string;
  document: DocumentSummary | null;
  onClose: () => void;
  onArchived: (title: string) => void;
}

/** Archiving makes a document read-only for everyone, so it is always confirmed first. */
export function ArchiveDocumentDialog({
  projectId,
  document: target,
  onClose,
  onArchived,
}: ArchiveDocumentDialogProps) {
  const update = useUpdateDocument(projectId);
  const { reset } = update;
  useEffect(() => {
    if (target) reset();
  }, [target, reset]);

  return (
    <ConfirmDialog
      isOpen={target !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={target ? `Archive “${target.title}”?` : 'Archive document?'}
      confirmLabel="Archive document"
      isPending={update.isPending}
      error={update.error?.message}
      onConfirm={() => {
        if (!target) return;
        update.mutate(
          { documentId: target.id, body: { archived: true } },
          {
            onSuccess: ({ document }) => {
              onClose();
              onArchived(document.title);
            },
          },
        );
      }}
    >
      <p>
        Everyone will still be able to read it, but nobody will be able to change it. A lead can restore it at any time.
      </p>
    </ConfirmDialog>
  );
}
