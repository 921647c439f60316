import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { useMeQuery } from '../../api/useMeQuery.ts';
import { useSetupQuery } from '../../api/useSetupQuery.ts';
import { LoadingState } from '../../components/LoadingState.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { ForgottenPasswordHelp } from '../account/ForgottenPasswordHelp.tsx';
import { OrganisationSignIn } from './OrganisationSignIn.tsx';
import { SignInForm } from './SignInForm.tsx';
import { SignUpForm } from './SignUpForm.tsx';
import { safeNextPath } from './safeNextPath.ts';

/** Sign in; or, on a brand-new Roundtable with nobody in it yet, create the first account. */
export function SignInPage() {
  const me = useMeQuery();
  const setup = useSetupQuery();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const accountDeleted = params.get('account') === 'deleted';
  const firstRun = setup.data?.needsFirstAccount === true;
  useDocumentTitle(setup.isPending ? 'Sign in' : firstRun ? 'Create the first account' : 'Sign in');

  if (me.data) return <Navigate to={next} replace />;
  if (setup.isPending || me.isPending) return <LoadingState label="Loading" />;
  if (setup.isError) return <QueryProblem error={setup.error} thing="page" onRetry={() => void setup.refetch()} />;

  const goOn = () => void navigate(next, { replace: true });

  if (firstRun) {
    return (
      <div className="page page--narrow">
        <h1>Create the first account</h1>
        <p className="lead">
          Nobody has an account on this Roundtable yet. The first account can start projects and invite everyone else,
          staff and citizens alike.
        </p>
        <div className="panel">
          <SignUpForm submitLabel="Create account" onSignedUp={goOn} />
        </div>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>Sign in to Roundtable</h1>
      {accountDeleted ? (
        <p className="notice" role="status">
          Your account is deleted. Thank you for what you gave to the group’s work.
        </p>
      ) : null}
      <p className="lead">Roundtable is where people who use services and the staff who run them write together.</p>
      <div className="panel">
        <OrganisationSignIn />
        <SignInForm onSignedIn={goOn} />
        <ForgottenPasswordHelp byEmail={setup.data?.passwordResetByEmail === true} />
      </div>
      <p className="muted">
        New here? You join a project through an invite link from one of its leads. Ask them to send you one.
      </p>
    </div>
  );
}
