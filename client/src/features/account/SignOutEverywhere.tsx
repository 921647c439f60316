import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { signOutWouldLoseWork } from '../../collaboration/signOutWouldLoseWork.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useSignOut } from '../auth/useSignOut.ts';
import { accountApi } from './accountApi.ts';

/**
 * Signs the person out on every device, this one too: for a lost phone, or a computer
 * left signed in somewhere. Asked first, since everyone of their devices needs the
 * password again afterwards.
 */
export function SignOutEverywhere() {
  const [confirming, setConfirming] = useState(false);
  const [wouldLoseWork, setWouldLoseWork] = useState(false);
  const signOut = useSignOut();
  const everywhere = useMutation({
    mutationFn: accountApi.signOutEverywhere,
    // Then as at any sign-out: this device's copies of documents are cleared.
    onSuccess: () => signOut.mutate(),
  });

  return (
    <div className="sign-out-everywhere">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setWouldLoseWork(signOutWouldLoseWork());
          setConfirming(true);
        }}
      >
        Sign out everywhere
      </button>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title="Sign out on every device?"
        confirmLabel="Sign out everywhere"
        cancelLabel="Stay signed in"
        onConfirm={() => everywhere.mutate()}
        isPending={everywhere.isPending || signOut.isPending}
        error={everywhere.error?.message ?? signOut.error?.message}
      >
        <p>
          You will be signed out here and on every other phone, tablet or computer. You will need your password to sign
          in again on each of them.
        </p>
        {wouldLoseWork ? (
          <p>
            <strong>This device has changes that have not reached Roundtable yet.</strong> Signing out now loses them.
            Wait until the document shows “All changes saved” first.
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
