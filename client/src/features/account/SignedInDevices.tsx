import type { SignedInDevice } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { focusIfLost } from '../../a11y/focusIfLost.ts';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { SignOutButton } from '../auth/SignOutButton.tsx';
import { useSignOut } from '../auth/useSignOut.ts';
import { accountApi, accountKeys } from './accountApi.ts';
import { SignOutEverywhere } from './SignOutEverywhere.tsx';

/** Where the person is signed in, this browser first, each with a way to sign it out. */
export function SignedInDevices({ devices, headingId }: { devices: SignedInDevice[]; headingId: string }) {
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const ordered = [...devices].sort((a, b) => Number(b.current) - Number(a.current));

  const signOutDevice = useMutation({
    mutationFn: (device: SignedInDevice) => accountApi.signOutDevice(device.id),
    onSuccess: (_result, device) => {
      setNotice({ text: `${device.device} is signed out.`, tone: 'success' });
      void queryClient.invalidateQueries({ queryKey: accountKeys.account });
    },
    onError: (error) => setNotice({ text: error.message, tone: 'error' }),
    // The row just used disappears: keep the person's place on the page.
    onSettled: () =>
      requestAnimationFrame(() => {
        const heading = document.getElementById(headingId);
        if (heading) focusIfLost(heading, null);
      }),
  });

  return (
    <>
      <ul className="row-list">
        {ordered.map((device) => (
          <li key={device.id} className="row device-row">
            <div className="row__main">
              <p className="row__title">
                {device.device}
                {device.current ? <span className="tag tag--small device-row__this">This device</span> : null}
              </p>
              <p className="row__meta">
                Last used <RelativeTime iso={device.lastUsedAt} />. Signed in on {formatDateTime(device.signedInAt)}.
              </p>
            </div>
            <div className="row__actions">
              {device.current ? (
                <SignOutButton onSignOut={() => signOut.mutate()} isPending={signOut.isPending} />
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => signOutDevice.mutate(device)}
                  disabled={signOutDevice.isPending}
                  aria-label={`Sign out ${device.device}, last used ${formatDateTime(device.lastUsedAt)}`}
                >
                  Sign out
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <LiveNotice message={notice} />
      <SignOutEverywhere />
    </>
  );
}
