import { AccountLimits, type AdminAccount, type PasswordResetLinkResponse } from '@roundtable/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ProblemPage } from '../../components/ProblemPage.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { AdminAccountRow } from './AdminAccountRow.tsx';
import { accountApi, accountKeys } from './accountApi.ts';
import { ResetLinkDialog } from './ResetLinkDialog.tsx';
import { useAccountQuery } from './useAccountQuery.ts';
import './account.css';

/** Administrators find an account, name other administrators, and make reset links. */
export function AdministrationPage() {
  const me = useAccountQuery();
  useDocumentTitle('Manage accounts');
  if (me.isPending) return <LoadingState label="Loading" />;
  if (me.isError) return <QueryProblem error={me.error} thing="page" onRetry={() => void me.refetch()} />;
  if (!me.data.isAdministrator) {
    return (
      <ProblemPage
        title="Only administrators can manage accounts"
        links={[{ to: '/account', label: 'Go to your account' }]}
      >
        <p>
          Administrators look after the accounts on this Roundtable. If someone cannot sign in, ask an administrator to
          make them a password reset link.
        </p>
      </ProblemPage>
    );
  }
  return <AccountManager myId={me.data.user.id} />;
}

function AccountManager({ myId }: { myId: string }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [resetLink, setResetLink] = useState<{ account: AdminAccount; link: PasswordResetLinkResponse } | null>(null);
  const accounts = useQuery({
    queryKey: accountKeys.adminAccounts(search),
    queryFn: () => accountApi.adminAccounts(search),
    placeholderData: keepPreviousData,
  });

  const setAdministrator = useMutation({
    mutationFn: ({ account, administrator }: { account: AdminAccount; administrator: boolean }) =>
      accountApi.setAdministrator(account.id, administrator),
    onSuccess: ({ account }) => {
      setNotice({
        text: account.isAdministrator
          ? `${account.displayName} is now an administrator.`
          : `${account.displayName} is no longer an administrator.`,
        tone: 'success',
      });
      void queryClient.invalidateQueries({ queryKey: ['admin-accounts'] });
      void queryClient.invalidateQueries({ queryKey: accountKeys.account });
    },
    onError: (error) => setNotice({ text: error.message, tone: 'error' }),
  });

  const makeLink = useMutation({
    mutationFn: (account: AdminAccount) => accountApi.createResetLink(account.id),
    onSuccess: (link, account) => {
      setNotice(null);
      setResetLink({ account, link });
    },
    onError: (error) => setNotice({ text: error.message, tone: 'error' }),
  });

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(draft.trim());
  };
  const found = accounts.data?.accounts ?? [];

  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/account">Your account</Link>
          </li>
          <li aria-current="page">Manage accounts</li>
        </ol>
      </nav>
      <h1>Manage accounts</h1>
      <p className="lead">
        Make someone an administrator, or make a password reset link for someone who cannot sign in, after checking who
        they are. Project leads cannot do either.
      </p>

      <form className="admin-search" onSubmit={onSearch}>
        <label className="field__label" htmlFor="account-search">
          Find an account by name or email address
        </label>
        <div className="admin-search__row">
          <input
            id="account-search"
            className="input"
            type="search"
            value={draft}
            maxLength={AccountLimits.accountSearchMax}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            Search
          </button>
        </div>
      </form>

      <LiveNotice message={notice} />
      <section aria-labelledby="accounts-heading" className="section">
        <h2 id="accounts-heading">{search ? `Accounts matching “${search}”` : 'All accounts'}</h2>
        <QueryState
          what="accounts"
          isPending={accounts.isPending}
          error={accounts.error}
          onRetry={() => void accounts.refetch()}
        >
          {found.length === 0 ? (
            <p>No account matches. Try part of their name or email address.</p>
          ) : (
            <ul className="row-list">
              {found.map((account) => (
                <AdminAccountRow
                  key={account.id}
                  account={account}
                  isMe={account.id === myId}
                  busy={setAdministrator.isPending || makeLink.isPending}
                  onSetAdministrator={(administrator) => setAdministrator.mutate({ account, administrator })}
                  onMakeResetLink={() => makeLink.mutate(account)}
                />
              ))}
            </ul>
          )}
          {accounts.data?.more ? (
            <p className="muted">Only the first {found.length} are shown. Search to find someone else.</p>
          ) : null}
        </QueryState>
      </section>
      {resetLink ? (
        <ResetLinkDialog account={resetLink.account} link={resetLink.link} onClose={() => setResetLink(null)} />
      ) : null}
    </div>
  );
}
