import type { RecordOnBehalf } from '../../collaboration/useRecordOnBehalf.ts';
import type { NoticeMessage } from '../../components/LiveNotice.tsx';
import { ExportDialog } from '../export/ExportDialog.tsx';
import { RestoreVersionDialog } from '../history/RestoreVersionDialog.tsx';
import type { RestoreFlow } from '../history/useRestoreFlow.ts';
import { RecordOnBehalfDialog } from '../recording/RecordOnBehalfDialog.tsx';

interface LiveDocumentDialogsProps {
  projectId: string;
  documentId: string;
  title: string;
  myId: string;
  restoreFlow: RestoreFlow;
  /** After a version was restored: back to the live text. */
  onRestored: () => void;
  /** 'current' or a version's id while the export dialog is open. */
  exporting: string | null;
  onExportClosed: () => void;
  onNotice: (message: NoticeMessage) => void;
  recordDialogOpen: boolean;
  onRecordDialogClosed: () => void;
  recording: RecordOnBehalf;
}

/** The dialogs an open document can show: restoring a version, exporting, and recording for someone. */
export function LiveDocumentDialogs({
  projectId,
  documentId,
  title,
  myId,
  restoreFlow,
  onRestored,
  exporting,
  onExportClosed,
  onNotice,
  recordDialogOpen,
  onRecordDialogClosed,
  recording,
}: LiveDocumentDialogsProps) {
  return (
    <>
      <RestoreVersionDialog
        version={restoreFlow.target}
        isPending={restoreFlow.isPending}
        error={restoreFlow.error}
        onCancel={restoreFlow.cancel}
        onConfirm={(version) =>
          void restoreFlow.confirm(version).then((done) => {
            if (done) onRestored();
          })
        }
      />
      <ExportDialog
        projectId={projectId}
        documentId={documentId}
        title={title}
        version={exporting}
        onClose={onExportClosed}
        onExported={(filename) =>
          onNotice({
            text: `Exported “${filename}”. Your browser has put it with your other downloads.`,
            tone: 'success',
          })
        }
      />
      <RecordOnBehalfDialog
        isOpen={recordDialogOpen}
        onClose={onRecordDialogClosed}
        projectId={projectId}
        myId={myId}
        recording={recording}
      />
    </>
  );
}
