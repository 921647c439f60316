import type { AdminAccount } from '@roundtable/shared';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

interface AdminAccountRowProps {
  account: AdminAccount;
  isMe: boolean;
  busy: boolean;
  onSetAdministrator: (administrator: boolean) => void;
  onMakeResetLink: () => void;
}

/** One account as an administrator sees it, with what they may do about it. */
export function AdminAccountRow({ account, isMe, busy, onSetAdministrator, onMakeResetLink }: AdminAccountRowProps) {
  const [confirming, setConfirming] = useState<'make-administrator' | 'reset-link' | null>(null);
  const name = account.displayName;

  return (
    <li className="row admin-account">
      <div className="row__main">
        <p className="row__title">
          {name}
          {isMe ? <span className="muted"> (you)</span> : null}
          {account.isAdministrator ? <span className="tag tag--small admin-account__tag">Administrator</span> : null}
        </p>
        <p className="row__meta">{account.email}</p>
      </div>
      <div className="row__actions">
        {account.isAdministrator ? (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            aria-label={`Remove ${name} as administrator`}
            onClick={() => onSetAdministrator(false)}
          >
            Remove as administrator
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            aria-label={`Make ${name} an administrator`}
            onClick={() => setConfirming('make-administrator')}
          >
            Make administrator
          </button>
        )}
        {isMe ? null : (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            aria-label={`Make a password reset link for ${name}`}
            onClick={() => setConfirming('reset-link')}
          >
            Make reset link
          </button>
        )}
      </div>
      <ConfirmDialog
        isOpen={confirming === 'make-administrator'}
        onOpenChange={(open) => setConfirming(open ? 'make-administrator' : null)}
        title={`Make ${name} an administrator?`}
        confirmLabel="Make administrator"
        tone="primary"
        onConfirm={() => {
          setConfirming(null);
          onSetAdministrator(true);
        }}
      >
        <p>
          Administrators can reset anyone’s password, and make or remove other administrators. Only choose people you
          trust with every account on this Roundtable.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={confirming === 'reset-link'}
        onOpenChange={(open) => setConfirming(open ? 'reset-link' : null)}
        title={`Make a password reset link for ${name}?`}
        confirmLabel="Make reset link"
        tone="primary"
        onConfirm={() => {
          setConfirming(null);
          onMakeResetLink();
        }}
      >
        <p>
          Whoever has the link can choose a new password for {name} and sign in as them. Make one only once you are sure
          you are speaking to {name}, and give it only to them. Any earlier link for them stops working.
        </p>
      </ConfirmDialog>
    </li>
  );
}
