import {
  isOrganisationSignInProblem,
  ORGANISATION_SIGN_IN_PROBLEM_PARAM,
  ORGANISATION_SIGN_IN_START_PATH,
  type OrganisationSignInProblem,
} from '@roundtable/shared';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useSetupQuery } from '../../api/useSetupQuery.ts';
import { Icon } from '../../components/Icon.tsx';
import { safeNextPath } from './safeNextPath.ts';

interface OrganisationSignInProps {
  /** Where to come back to once signed in; by default the sign-in page's `next`. */
  returnTo?: string;
}

function problemText(problem: OrganisationSignInProblem, organisation: string): string {
  switch (problem) {
    case 'refused':
      return `${organisation} did not sign you in, or you chose not to go on. If you expected to get in, ask your IT team whether your account may use Roundtable.`;
    case 'expired':
      return 'Signing in took too long, or was started in another browser or tab. Try again.';
    case 'other-organisation':
      return `That account belongs to another organisation. Sign in with your ${organisation} account, or with an email address and password.`;
    case 'no-name':
      return `${organisation} did not give a name that others in Roundtable could be shown. Ask your IT team to set your display name, then try again.`;
    case 'no-accounts-yet':
      return 'Nobody has an account on this Roundtable yet. Whoever set it up first creates an account with an email address and password.';
    case 'unavailable':
      return `The ${organisation} sign-in service could not be reached. Try again in a few minutes.`;
    case 'failed':
      return `Signing in with ${organisation} did not work. Try again; if it keeps happening, tell whoever runs Roundtable.`;
  }
}

/**
 * "Sign in with <organisation>" for staff, where the organisation's identity provider
 * is set up, and why the last try did not sign them in, when it did not.
 */
export function OrganisationSignIn({ returnTo }: OrganisationSignInProps) {
  const setup = useSetupQuery();
  const [params] = useSearchParams();
  const problemRef = useRef<HTMLDivElement>(null);
  const organisation = setup.data?.organisationSignIn?.label;
  const problem = params.get(ORGANISATION_SIGN_IN_PROBLEM_PARAM);
  const shownProblem = organisation && isOrganisationSignInProblem(problem) ? problem : null;

  // Coming back from the provider is a new page load: say at once why nobody is signed in.
  useEffect(() => {
    if (!shownProblem) return;
    const frame = requestAnimationFrame(() => problemRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [shownProblem]);

  if (!organisation) return null;
  const start = `${ORGANISATION_SIGN_IN_START_PATH}?${new URLSearchParams({
    returnTo: returnTo ?? safeNextPath(params.get('next')),
  })}`;

  return (
    <div>
      {shownProblem && (
        <div className="alert alert--error" ref={problemRef} tabIndex={-1}>
          <Icon name="alert" />
          <div className="alert__body">
            <p className="alert__title">You are not signed in</p>
            <p>{problemText(shownProblem, organisation)}</p>
          </div>
        </div>
      )}
      <p>
        <a className="button button--secondary" href={start}>
          Sign in with {organisation}
        </a>
      </p>
      <p className="muted">Or use an email address and password:</p>
    </div>
  );
}
