import { isIPv4 } from 'node:net';
import { displayNameProblem, ORGANISATION_SIGN_IN_CALLBACK_PATH, trimDisplayName } from '@roundtable/shared';

/** How staff sign in through their organisation's identity provider (OpenID Connect). */
export interface OrganisationSignInSettings {
  /** The provider's issuer; its metadata is read from `.well-known/openid-configuration` under it. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Says whose sign-in it is, as in "Sign in with Camden Council". */
  label: string;
  /**
   * Microsoft Entra ID's tenant (directory) id: an ID token from any other tenant is
   * refused, whatever the provider's metadata allows.
   */
  tenantId: string | undefined;
  /** PUBLIC_ORIGIN + /api/auth/oidc/callback, as registered with the provider. */
  redirectUri: string;
}

const VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_TENANT_ID', 'OIDC_LABEL'] as const;
const REQUIRED = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
const DEFAULT_LABEL = 'your organisation';
const LABEL_MAX = 60;
const ENTRA_HOST = 'login.microsoftonline.com';
const ENTRA_EXAMPLE = 'https://login.microsoftonline.com/<tenant id>/v2.0';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The OIDC_* settings, checked together, or undefined when none is set. Anything
 * half-done stops start-up with what to set: a sign-in button that cannot work, or
 * one that lets in another organisation's accounts, is worse than none.
 */
export function readOrganisationSignInSettings(
  env: NodeJS.ProcessEnv,
  publicOrigin: string | undefined,
): OrganisationSignInSettings | undefined {
  const given = VARIABLES.filter((name) => (env[name] ?? '').trim() !== '');
  if (given.length === 0) return undefined;
  const missing = REQUIRED.filter((name) => !given.includes(name));
  if (missing.length > 0) {
    throw new Error(
      `Signing in through an organisation needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, but ${listed(missing)} ${missing.length === 1 ? 'is' : 'are'} not set. Set ${missing.length === 1 ? 'it' : 'them'}, or remove ${listed(given)} to use email and password only.`,
    );
  }
  const issuer = readIssuer((env.OIDC_ISSUER ?? '').trim());
  const tenantId = readTenant(issuer, env.OIDC_TENANT_ID?.trim() || undefined);
  if (!publicOrigin) {
    throw new Error(
      `Signing in through an organisation needs PUBLIC_ORIGIN, the address people open Roundtable at (for example PUBLIC_ORIGIN=https://roundtable.example.gov.uk): the identity provider sends people back to PUBLIC_ORIGIN${ORGANISATION_SIGN_IN_CALLBACK_PATH}, which is the redirect URI to register with it.`,
    );
  }
  return {
    issuer,
    clientId: (env.OIDC_CLIENT_ID ?? '').trim(),
    clientSecret: env.OIDC_CLIENT_SECRET ?? '',
    label: readLabel(env.OIDC_LABEL),
    tenantId,
    redirectUri: `${publicOrigin}${ORGANISATION_SIGN_IN_CALLBACK_PATH}`,
  };
}

function readIssuer(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const secure = url?.protocol === 'https:' || (url?.protocol === 'http:' && isThisMachine(url.hostname));
  if (!url || !secure || url.search !== '' || url.hash !== '') {
    throw new Error(
      `OIDC_ISSUER must be the https address of your identity provider's issuer, like ${ENTRA_EXAMPLE} for Microsoft Entra ID, not "${value}".`,
    );
  }
  return url;
}

/** Entra ID must name its tenant: its multi-tenant addresses would let in any organisation's accounts. */
function readTenant(issuer: URL, tenantId: string | undefined): string | undefined {
  const entra = issuer.hostname.toLowerCase() === ENTRA_HOST;
  if (entra && !tenantId) {
    throw new Error(
      `With Microsoft Entra ID, set OIDC_TENANT_ID to your organisation's tenant ID (a GUID, shown on the app's Overview page in Entra), so that only your organisation's accounts can sign in.`,
    );
  }
  if (tenantId === undefined) return undefined;
  if (entra && !GUID.test(tenantId)) {
    throw new Error(
      `OIDC_TENANT_ID must be your organisation's tenant ID, a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47, not "${tenantId}".`,
    );
  }
  const issuerTenant = issuer.pathname.split('/')[1] ?? '';
  if (entra && GUID.test(issuerTenant) && issuerTenant.toLowerCase() !== tenantId.toLowerCase()) {
    throw new Error(
      `OIDC_ISSUER names tenant ${issuerTenant} but OIDC_TENANT_ID is ${tenantId}. Use the same tenant in both.`,
    );
  }
  return tenantId;
}

function readLabel(value: string | undefined): string {
  const label = trimDisplayName(value ?? '');
  if (label === '') return DEFAULT_LABEL;
  if (displayNameProblem(label) !== null || label.length > LABEL_MAX) {
    throw new Error(
      `OIDC_LABEL is the name on the sign-in button, like "Camden Council": one line of at most ${LABEL_MAX} visible characters, not "${value}".`,
    );
  }
  return label;
}

/** Plain http is only for a provider on this machine (development and tests). */
function isThisMachine(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return name === 'localhost' || name === '[::1]' || (isIPv4(name) && name.startsWith('127.'));
}

function listed(names: readonly string[]): string {
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
