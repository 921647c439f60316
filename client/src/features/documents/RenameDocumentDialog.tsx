import { type DocumentSummary, Limits, updateDocumentBody } from '@roundtable/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { validateForm } from '../../components/validateForm.ts';
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
  const { errors, showFieldErrors, showError, clear } = useFormErrors();
  const update = useUpdateDocument(projectId);

  useEffect(() => {
    if (!target) return;
    setTitle(target.title);
    clear();
    const frame = requestAnimationFrame(() => window.document.getElementById(fieldIds.title)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [target, clear]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const result = validateForm(updateDocumentBody, { title });
    if (!result.ok) return showFieldErrors(result.fieldErrors);
    update.mutate(
      { documentId: target.id, body: result.data },
      {
        onSuccess: ({ document }) => {
          onClose();
          onRenamed(document.title);
        },
        onError: showError,
      },
    );
  };

  return (
    <ModalDialog
      isOpen={target !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Rename document"
    >
      <form onSubmit={submit} noValidate>
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
