import { displayNameProblem, signUpBody, trimDisplayName } from '@roundtable/shared';
import type { IdentityKey } from '../../store/IdentityStore.ts';
import type { VerifiedClaims } from './OrganisationProvider.ts';
import { OrganisationSignInRefused } from './OrganisationSignInRefused.ts';

/** Who signed in, from their verified ID token. */
export interface OrganisationPerson {
  key: IdentityKey;
  /** Passes the shared display-name rule. */
  displayName: string;
  /** Only an address the provider has not said is unverified; never used to find the account. */
  email: string | null;
}

/**
 * Reads the person from verified claims. With a tenant set (Entra ID), the token must
 * come from that tenant, whatever the issuer's metadata allowed, and the person is
 * their object id in it: Entra's `sub` differs per application, its `oid` does not.
 * Other providers name the person by `sub`.
 */
export function organisationPerson(claims: VerifiedClaims, tenantId: string | undefined): OrganisationPerson {
  return { key: identityKey(claims, tenantId), displayName: displayName(claims), email: email(claims) };
}

function identityKey(claims: VerifiedClaims, tenantId: string | undefined): IdentityKey {
  if (tenantId === undefined) return { issuer: claims.iss, tenant: '', subject: claims.sub };
  const { tid, oid } = claims;
  if (typeof tid !== 'string' || tid.toLowerCase() !== tenantId.toLowerCase()) {
    throw new OrganisationSignInRefused('other-organisation', `The ID token is from tenant ${String(tid)}.`);
  }
  if (typeof oid !== 'string' || oid === '') {
    throw new OrganisationSignInRefused('failed', 'The ID token has no object id (oid).');
  }
  return { issuer: claims.iss, tenant: tid.toLowerCase(), subject: oid };
}

/** The `name` claim, or the given and family names, if one passes the rule everyone's names pass. */
function displayName(claims: VerifiedClaims): string {
  const candidates = [claims.name, [claims.given_name, claims.family_name].filter(isText).join(' ')];
  for (const candidate of candidates) {
    if (isText(candidate) && displayNameProblem(candidate) === null) return trimDisplayName(candidate);
  }
  throw new OrganisationSignInRefused('no-name', 'The ID token has no name that passes the display-name rule.');
}

function email(claims: VerifiedClaims): string | null {
  if (claims.email_verified === false) return null;
  const parsed = signUpBody.shape.email.safeParse(claims.email);
  return parsed.success ? parsed.data : null;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
