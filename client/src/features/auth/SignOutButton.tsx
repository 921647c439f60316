import { useState } from 'react';
import { signOutWouldLoseWork } from '../../collaboration/signOutWouldLoseWork.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

interface SignOutButtonProps {
  onSignOut: () => void;
  isPending: boolean;
}

/**
 * Signing out deletes this device's copies of documents, so changes that have not
 * reached the server yet (written offline, or still on their way) would be lost: ask first.
 * Asked at the moment of clicking, so it covers documents closed since, and other tabs.
 */
export function SignOutButton({ onSignOut, isPending }: SignOutButtonProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => (signOutWouldLoseWork() ? setConfirming(true) : onSignOut())}
        disabled={isPending}
      >
        {isPending ? 'Signing out…' : 'Sign out'}
      </button>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title="Sign out and lose your latest changes?"
        confirmLabel="Sign out anyway"
        cancelLabel="Stay signed in"
        onConfirm={() => {
          setConfirming(false);
          onSignOut();
        }}
      >
        <p>
          You have changes that have not reached Roundtable yet. If you sign out now they will be lost. Stay signed in
          until the document shows “All changes saved”. If you are offline, connect to the internet first.
        </p>
      </ConfirmDialog>
    </>
  );
}
