import { type OpenInvite, roleLabels } from '@roundtable/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { formatDate } from '../../format/formatDate.ts';

/** For leads: the invite links nobody has used yet, each of which can be withdrawn after asking. */
export function OpenInvites({ projectId }: { projectId: string }) {
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const key = queryKeys.openInvites(projectId);
  const query = useQuery({ queryKey: key, queryFn: () => roundtableApi.openInvites(projectId) });
  const [withdrawing, setWithdrawing] = useState<OpenInvite | null>(null);
  const withdraw = useMutation({
    mutationFn: (invite: OpenInvite) => roundtableApi.withdrawInvite(projectId, invite.id),
    onSuccess: (response) => {
      queryClient.setQueryData(key, response);
      setWithdrawing(null);
      announce('The invite link is withdrawn. It lets nobody in now.');
      document.getElementById('open-invites-heading')?.focus();
    },
  });

  const invites = query.data?.invites ?? [];
  return (
    <section className="open-invites" aria-labelledby="open-invites-heading">
      <h3 id="open-invites-heading" tabIndex={-1}>
        Links nobody has used yet
      </h3>
      {query.isPending ? <p>Loading the links…</p> : null}
      {query.isError ? (
        <p className="inline-error">The links could not be loaded. Reload the page to try again.</p>
      ) : null}
      {query.data && invites.length === 0 ? (
        <p>None. Every link you made has been used, withdrawn or has expired.</p>
      ) : null}
      {invites.length > 0 ? (
        <ul className="open-invites__list">
          {invites.map((invite) => (
            <li key={invite.id} className="open-invites__item">
              <span>
                {roleLabels[invite.role]} link, made by {invite.createdBy} on {formatDate(invite.createdAt)}; works
                until {formatDate(invite.expiresAt)}
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  withdraw.reset();
                  setWithdrawing(invite);
                }}
              >
                Withdraw
                <span className="visually-hidden">
                  {' '}
                  the {roleLabels[invite.role].toLowerCase()} link made on {formatDate(invite.createdAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ConfirmDialog
        isOpen={withdrawing !== null}
        onOpenChange={(open) => {
          if (!open) setWithdrawing(null);
        }}
        title="Withdraw this invite link?"
        confirmLabel="Withdraw it"
        cancelLabel="Keep it"
        tone="danger"
        isPending={withdraw.isPending}
        error={
          withdraw.error instanceof ApiRequestError
            ? withdraw.error.message
            : withdraw.error
              ? 'That did not work. Try again.'
              : null
        }
        onConfirm={() => {
          if (withdrawing) withdraw.mutate(withdrawing);
        }}
      >
        <p>Whoever has this link will be told a lead withdrew it, and cannot join with it. You can make a new one.</p>
      </ConfirmDialog>
    </section>
  );
}
