import * as client from 'openid-client';
import type { PendingSignIn } from './PendingSignInSeal.ts';
import type { OrganisationSignInSettings } from './readOrganisationSignInSettings.ts';

/** The claims of an ID token whose issuer, audience, expiry, nonce and signature were checked. */
export type VerifiedClaims = client.IDToken;

/** How long a request to the provider may take before the person is told it could not be reached. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/**
 * The organisation's identity provider, through openid-client: the authorization code
 * flow with PKCE, state and nonce. openid-client checks the ID token's issuer,
 * audience, expiry, nonce and signature (against the provider's published keys).
 */
export class OrganisationProvider {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly settings: OrganisationSignInSettings) {}

  /** Where to send the browser to sign in. */
  async authorizationUrl(pending: PendingSignIn): Promise<URL> {
    const configuration = await this.discovered();
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid profile email',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Exchanges the code the provider sent back (in `callbackQuery`) for tokens, and
   * answers the ID token's claims once they are verified.
   */
  async verifiedClaims(callbackQuery: string, pending: PendingSignIn): Promise<VerifiedClaims> {
    const configuration = await this.discovered();
    // Built from the registered redirect URI, never from the Host the request claimed.
    const callbackUrl = new URL(`${this.settings.redirectUri}?${callbackQuery}`);
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The identity provider sent no ID token.');
    return claims;
  }

  /** The provider's metadata, read once from its .well-known address; tried again after a failure. */
  private discovered(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(this.settings.issuer, this.settings.clientId, this.settings.clientSecret, undefined, {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        // Plain http is accepted only for a provider on this machine (see readOrganisationSignInSettings).
        ...(this.settings.issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw new ProviderUnreachable(error);
      });
    return this.configuration;
  }
}

/** The provider's metadata could not be read: it is down, or the issuer is wrong. */
export class ProviderUnreachable extends Error {
  constructor(cause: unknown) {
    super("The identity provider's metadata could not be read.", { cause });
    this.name = 'ProviderUnreachable';
  }
}
