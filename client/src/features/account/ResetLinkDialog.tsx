import { AccountLimits, type AdminAccount, type PasswordResetLinkResponse } from '@roundtable/shared';
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Icon } from '../../components/Icon.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { ModalDialog } from '../../components/ModalDialog.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { copyText } from '../invites/copyText.ts';

const LIFETIME_MINUTES = Math.round(AccountLimits.passwordResetLifetimeMs / 60_000);

interface ResetLinkDialogProps {
  account: AdminAccount;
  link: PasswordResetLinkResponse;
  onClose: () => void;
}

/** The reset link, shown once, to give the person however suits them: email, text message, read aloud. */
export function ResetLinkDialog({ account, link, onClose }: ResetLinkDialogProps) {
  const [copyStatus, setCopyStatus] = useState<NoticeMessage | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
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
        <div className="copy-field">
          <input
            id="reset-link"
            ref={inputRef}
            className="input copy-field__input"
            readOnly
            value={url}
            aria-describedby="reset-link-hint"
            onFocus={(event) => event.target.select()}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={async () => {
              const copied = await copyText(url, inputRef.current);
              setCopyStatus(
                copied
                  ? { text: 'Link copied.', tone: 'success' }
                  : { text: 'Could not copy. Select the link and copy it yourself.', tone: 'error' },
              );
            }}
          >
            <Icon name="copy" />
            Copy link
          </button>
        </div>
        <div className="copy-field__status">
          <LiveNotice message={copyStatus} />
        </div>
      </div>
      <div className="dialog__actions">
        <Button className="button button--primary" onPress={onClose}>
          Done
        </Button>
      </div>
    </ModalDialog>
  );
}
