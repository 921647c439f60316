import { AccountLimits, type AdminAccount, type PasswordResetLinkResponse } from '@roundtable/shared';
import { Button } from 'react-aria-components';
import { CopyLinkField } from '../../components/CopyLinkField.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';

const LIFETIME_MINUTES = Math.round(AccountLimits.passwordResetLifetimeMs / 60_000);

interface ResetLinkDialogProps {
  account: AdminAccount;
  link: PasswordResetLinkResponse;
  onClose: () => void;
}

/** The reset link, shown once, to give the person however suits them: email, text message, read aloud. */
export function ResetLinkDialog({ account, link, onClose }: ResetLinkDialogProps) {
  const url = `${window.location.origin}/reset-password#${link.token}`;

  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Password reset link for ${account.displayName}`}
    >
      <div className="dialog__body">
        <label className="field__label" htmlFor="reset-link">
          Reset link
        </label>
        <p className="field__hint" id="reset-link-hint">
          Give this link only to {account.displayName} ({account.email}). It works once, for {LIFETIME_MINUTES} minutes
          (until {formatDateTime(link.expiresAt)}). Using it signs them out everywhere, and they will be told that you
          made it. It will not be shown again.
        </p>
        <CopyLinkField key={url} id="reset-link" url={url} hintId="reset-link-hint" />
      </div>
      <div className="dialog__actions">
        <Button className="button button--primary" onPress={onClose}>
          Done
        </Button>
      </div>
    </ModalDialog>
  );
}
