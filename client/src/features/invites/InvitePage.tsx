import { roleLabels } from '@roundtable/shared';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { useInvitePreviewQuery } from '../../api/useInvitePreviewQuery.ts';
import { useMeQuery } from '../../api/useMeQuery.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ProblemPage } from '../../components/ProblemPage.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { formatDate } from '../../format/formatDate.ts';
import { OrganisationSignIn } from '../auth/OrganisationSignIn.tsx';
import { SignInForm } from '../auth/SignInForm.tsx';
import { SignUpForm } from '../auth/SignUpForm.tsx';
import { JoinProjectForm } from './JoinProjectForm.tsx';
import { roleDescriptions } from './roleDescriptions.ts';

type AccountChoice = 'create' | 'sign-in';

/** What the page shows about the person's account. */
type ShownAs = 'nothing yet' | 'signed out' | 'signed in';

/** Where an invite link lands: who invited you to what, then an account, then your perspective. */
export function InvitePage() {
  const { token = '' } = useParams();
  const preview = useInvitePreviewQuery(token);
  const me = useMeQuery();
  const [choice, setChoice] = useState<AccountChoice>('create');
  useDocumentTitle(preview.data ? `Join ${preview.data.projectName}` : 'Invite');

  // The account form disappears once signed in; take focus on to the next step. Only
  // after the person has seen the form: while "me" is loading nobody is known to be
  // signed out, and someone arriving signed in starts at the top of the page.
  const shownAs: ShownAs =
    preview.isPending || me.isPending || preview.isError ? 'nothing yet' : me.data ? 'signed in' : 'signed out';
  const shownSignedOut = useRef(false);
  useEffect(() => {
    if (shownAs === 'signed out') shownSignedOut.current = true;
    if (shownAs !== 'signed in' || !shownSignedOut.current) return;
    shownSignedOut.current = false;
    const frame = requestAnimationFrame(() => document.getElementById('join-heading')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [shownAs]);

  if (preview.isPending || me.isPending) return <LoadingState label="Loading your invite" />;
  if (preview.isError) {
    if (isApiRequestError(preview.error) && preview.error.isNotFound) {
      return (
        <ProblemPage title="This invite link does not work" links={[{ to: '/', label: 'Go to Roundtable' }]}>
          {/* The server knows why (used already, expired, never existed) and says so plainly. */}
          <p>{preview.error.message}</p>
        </ProblemPage>
      );
    }
    return <QueryProblem error={preview.error} thing="invite" onRetry={() => void preview.refetch()} />;
  }

  // Someone already in the project (opening their own link again, say) goes straight there.
  if (preview.data.alreadyMemberOf) {
    return <Navigate to={`/projects/${encodeURIComponent(preview.data.alreadyMemberOf)}`} replace />;
  }
  const { projectName, invitedBy, role, expiresAt } = preview.data;
  const user = me.data ?? null;

  return (
    <div className="page page--narrow">
      <h1>
        {invitedBy} invited you to join {projectName}
      </h1>
      <p className="lead">
        You are invited as a <strong>{roleLabels[role].toLowerCase()}</strong>. {roleDescriptions[role]} This link lets
        one person join, until {formatDate(expiresAt)}.
      </p>

      {user ? (
        <section className="panel" aria-labelledby="join-heading">
          <h2 id="join-heading" tabIndex={-1}>
            One last step
          </h2>
          <p className="muted">Signed in as {user.displayName}.</p>
          <JoinProjectForm token={token} projectName={projectName} />
        </section>
      ) : (
        <section className="panel" aria-labelledby="account-heading">
          <h2 id="account-heading">{choice === 'create' ? 'Create your account' : 'Sign in to your account'}</h2>
          <OrganisationSignIn returnTo={`/invite/${token}`} />
          <fieldset className="segmented">
            <legend className="visually-hidden">Do you already have a Roundtable account?</legend>
            <button
              type="button"
              className="segmented__option"
              aria-pressed={choice === 'create'}
              onClick={() => setChoice('create')}
            >
              I am new to Roundtable
            </button>
            <button
              type="button"
              className="segmented__option"
              aria-pressed={choice === 'sign-in'}
              onClick={() => setChoice('sign-in')}
            >
              I already have an account
            </button>
          </fieldset>
          {choice === 'create' ? (
            <SignUpForm
              inviteToken={token}
              submitLabel="Create account and continue"
              onSignedUp={() => {}}
              headingLevel={3}
            />
          ) : (
            <SignInForm onSignedIn={() => {}} headingLevel={3} />
          )}
        </section>
      )}
    </div>
  );
}
