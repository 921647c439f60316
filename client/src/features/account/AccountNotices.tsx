import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Icon } from '../../components/Icon.tsx';
import { RelativeTime } from '../../components/RelativeTime.tsx';
import { accountApi, accountKeys } from './accountApi.ts';
import './account.css';
import { useAccountNoticesQuery } from './useAccountNoticesQuery.ts';

/**
 * Unread notices about the person's own account (a password changed or reset), at the
 * top of their inbox, each until they say they have seen it.
 */
export function AccountNotices() {
  const notices = useAccountNoticesQuery();
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: (id: string) => accountApi.markNoticesRead({ ids: [id] }),
    onSuccess: (response) => queryClient.setQueryData(accountKeys.notices, response),
  });
  const unread = (notices.data?.notices ?? []).filter((notice) => notice.readAt === null);
  if (unread.length === 0) return null;

  return (
    <section className="account-notices" aria-labelledby="account-notices-heading">
      <h2 id="account-notices-heading">About your account</h2>
      <ul className="account-notices__list">
        {unread.map((notice) => (
          <li key={notice.id} className="account-notice">
            <Icon name="lock" />
            <div className="account-notice__body">
              <p className="account-notice__text">{notice.text}</p>
              <p className="row__meta">
                <RelativeTime iso={notice.createdAt} />. If this was not you, contact an administrator straight away.
              </p>
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => markRead.mutate(notice.id)}
              disabled={markRead.isPending}
            >
              Mark as read
            </button>
          </li>
        ))}
      </ul>
      {markRead.isError ? (
        <p className="inline-error" role="alert">
          {markRead.error.message}
        </p>
      ) : null}
    </section>
  );
}
