import type { DocumentVersion } from '@roundtable/shared';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

interface RestoreVersionDialogProps {
  version: DocumentVersion | null;
  isPending: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: (version: DocumentVersion) => void;
}

/** Asks before the text goes back to an earlier version, and says how to undo it. */
export function RestoreVersionDialog({ version, isPending, error, onCancel, onConfirm }: RestoreVersionDialogProps) {
  return (
    <ConfirmDialog
      isOpen={version !== null}
      onOpenChange={(open) => (open ? undefined : onCancel())}
      title={version ? `Restore “${version.name}”?` : 'Restore version?'}
      confirmLabel="Restore this version"
      cancelLabel="Keep the text as it is"
      tone="primary"
      isPending={isPending}
      error={error}
      onConfirm={() => version && onConfirm(version)}
    >
      <p>
        The text everyone is working on will become the text of this version. It will show in the history as a change by
        you.
      </p>
      <p>
        Nothing is lost: the text as it is now is saved first as a version of its own, so you or anyone can undo this by
        restoring that.
      </p>
    </ConfirmDialog>
  );
}
