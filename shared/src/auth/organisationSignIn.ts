/**
 * Signing in through an organisation's identity provider (OpenID Connect): the
 * addresses the browser goes to, and why a sign-in did not finish. The sign-in page
 * explains each problem in plain words; the server only names it, so nobody can put
 * words of their own on that page through a link.
 */

/** Where the browser goes to start; `returnTo` (a path on this site) is where it comes back to. */
export const ORGANISATION_SIGN_IN_START_PATH = '/api/auth/oidc/start';

/** Where the identity provider sends the browser back to, after PUBLIC_ORIGIN. */
export const ORGANISATION_SIGN_IN_CALLBACK_PATH = '/api/auth/oidc/callback';

/** The sign-in page's query parameter that names the problem. */
export const ORGANISATION_SIGN_IN_PROBLEM_PARAM = 'signInProblem';

export const organisationSignInProblems = [
  /** The provider said no (access_denied), or the person chose not to go on. */
  'refused',
  /** The sign-in was started in another browser or too long ago, or was already used. */
  'expired',
  /** The account belongs to another organisation (another Entra tenant). */
  'other-organisation',
  /** The provider gave no name that others could be shown. */
  'no-name',
  /** Nobody has an account yet: the first one is made with an email address and password. */
  'no-accounts-yet',
  /** The provider could not be reached. */
  'unavailable',
  /** Anything else: the provider's answer could not be trusted. */
  'failed',
] as const;
export type OrganisationSignInProblem = (typeof organisationSignInProblems)[number];

export function isOrganisationSignInProblem(value: unknown): value is OrganisationSignInProblem {
  return typeof value === 'string' && (organisationSignInProblems as readonly string[]).includes(value);
}
