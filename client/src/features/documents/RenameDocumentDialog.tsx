import { type DocumentSummary, Limits, updateDocumentBody } from '@roundtable/shared';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { useUpdateDocument } from './useUpdateDocument.ts';

interface RenameDocumentDialogProps {
  projectId: string;
  document: DocumentSummary | null;
  onClose: () => void;
  onRenamed: (title: string) => void;
}

const fieldIds = { title: 'rename-document-title' };

export function RenameDocumentDialog({ projectId, document: target, onClose, onRenamed }: RenameDocumentDialogProps) {
  const [title, setTitle] = useState('');
  const update = useUpdateDocument(projectId);
  const form = useFormSubmission({
    schema: updateDocumentBody,
    values: () => ({ title }),
    canSubmit: () => target !== null,
    send: (body) => {
      if (!target) return;
      update.mutate(
        { documentId: target.id, body },
        {
          onSuccess: ({ document }) => {
            onClose();
            onRenamed(document.title);
          },
          onError: form.showError,
        },
      );
    },
  });
  const { errors, clearErrors: clear } = form;

  useEffect(() => {
    if (!target) return;
    setTitle(target.title);
    clear();
    const frame = requestAnimationFrame(() => window.document.getElementById(fieldIds.title)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [target, clear]);

  return (
    <ModalDialog
      isOpen={target !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Rename document"
    >
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={3} />
        <TextField
          id={fieldIds.title}
          label="New title"
          limit={Limits.documentTitleMax}
          value={title}
          onChange={setTitle}
          error={errors.fieldErrors.title}
        />
        <div className="dialog__actions">
          <Button className="button button--secondary" onPress={onClose}>
            Cancel
          </Button>
          <Button type="submit" className="button button--primary" isDisabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save title'}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
