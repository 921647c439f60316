import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { ModalDialog } from './ModalDialog.tsx';

interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** What staying put is called, when "Cancel" would be unclear. */
  cancelLabel?: string;
  onConfirm: () => void;
  isPending?: boolean;
  /** Why the last attempt failed, in plain English. */
  error?: string | null | undefined;
  tone?: 'danger' | 'primary';
}

/** Asks before something that cannot easily be undone; Cancel is focused first so Enter is safe. */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  isPending = false,
  error,
  tone = 'danger',
}: ConfirmDialogProps) {
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} title={title} role="alertdialog">
      <div className="dialog__body">{children}</div>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog__actions">
        <Button className="button button--secondary" autoFocus onPress={() => onOpenChange(false)}>
          {cancelLabel}
        </Button>
        <Button
          className={tone === 'danger' ? 'button button--danger' : 'button button--primary'}
          onPress={onConfirm}
          isDisabled={isPending}
        >
          {isPending ? 'Please wait…' : confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
