import { Link } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { AccessNeedsSection } from '../access-needs/AccessNeedsSection.tsx';
import { DeleteAccountSection } from '../personal-data/DeleteAccountSection.tsx';
import { YourDataSection } from '../personal-data/YourDataSection.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { SignedInDevices } from './SignedInDevices.tsx';
import { useAccountQuery } from './useAccountQuery.ts';
import './account.css';

/**
 * A person's own account: who they are, their password, where they are signed in, what
 * helps them take part, a copy of their data, and deleting the account.
 */
export function AccountPage() {
  const query = useAccountQuery();
  useDocumentTitle('Your account');

  if (query.isPending) return <LoadingState label="Loading your account" />;
  if (query.isError) return <QueryProblem error={query.error} thing="page" onRetry={() => void query.refetch()} />;
  const { user, isAdministrator, devices, hasPassword } = query.data;

  return (
    <div className="page page--narrow account-page">
      <h1>Your account</h1>
      <dl className="account-details">
        <div>
          <dt>Name</dt>
          <dd>{user.displayName}</dd>
        </div>
        <div>
          <dt>Email address</dt>
          <dd>{user.email}</dd>
        </div>
      </dl>

      {isAdministrator ? (
        <section aria-labelledby="administration-heading" className="section panel">
          <h2 id="administration-heading">You are an administrator</h2>
          <p>
            You look after the accounts on this Roundtable: you can make someone else an administrator, and make a
            password reset link for someone who cannot sign in.
          </p>
          <Link to="/admin" className="button button--secondary">
            Manage accounts
          </Link>
        </section>
      ) : null}

      {hasPassword ? (
        <section aria-labelledby="change-password-heading" className="section panel">
          <h2 id="change-password-heading">Change your password</h2>
          <ChangePasswordForm />
        </section>
      ) : null}

      <section aria-labelledby="devices-heading" className="section">
        <h2 id="devices-heading" tabIndex={-1}>
          Where you are signed in <span className="count">({devices.length})</span>
        </h2>
        <p className="muted">
          If you see a device you do not recognise, sign it out and change your password. Times are approximate.
        </p>
        <SignedInDevices devices={devices} headingId="devices-heading" />
      </section>

      <AccessNeedsSection />
      <YourDataSection />
      <DeleteAccountSection hasPassword={hasPassword} />
    </div>
  );
}
