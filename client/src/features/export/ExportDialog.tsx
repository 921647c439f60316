import { ModalDialog } from '../../components/ModalDialog.tsx';
import { ExportForm } from './ExportForm.tsx';

interface ExportDialogProps {
  projectId: string;
  documentId: string;
  title: string;
  /** The text to offer first: 'current' or a version's id. Null while closed. */
  version: string | null;
  onClose: () => void;
  onExported: (filename: string) => void;
}

/** Exports the document for leads. Closing it, however, stops an export still in flight. */
export function ExportDialog({ projectId, documentId, title, version, onClose, onExported }: ExportDialogProps) {
  return (
    <ModalDialog
      isOpen={version !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Export “${title}”`}
      size="wide"
    >
      {version === null ? null : (
        <ExportForm
          projectId={projectId}
          documentId={documentId}
          title={title}
          initialVersion={version}
          onCancel={onClose}
          onExported={(filename) => {
            onClose();
            onExported(filename);
          }}
        />
      )}
    </ModalDialog>
  );
}
