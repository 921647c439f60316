import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';
import type { Clock } from '../../Clock.ts';
import type { IdentityStore } from '../../store/IdentityStore.ts';
import type { UserRecord, UserStore } from '../../store/UserStore.ts';
import type { AuthService, SignedIn, SignInClient } from '../AuthService.ts';
import { OrganisationProvider, ProviderUnreachable } from './OrganisationProvider.ts';
import { OrganisationSignInRefused } from './OrganisationSignInRefused.ts';
import { type OrganisationPerson, organisationPerson } from './organisationPerson.ts';
import { type PendingSignIn, PendingSignInSeal } from './PendingSignInSeal.ts';
import type { OrganisationSignInSettings } from './readOrganisationSignInSettings.ts';
import { SpentStates } from './SpentStates.ts';
import { safeReturnPath } from './safeReturnPath.ts';

/** How long someone has at their provider before the sign-in must start again. */
export const PENDING_SIGN_IN_MS = 10 * 60_000;

/**
 * An account that signs in through its organisation has no password: none verifies
 * against an empty hash, so password sign-in cannot reach it.
 */
export const NO_PASSWORD = '';

/** Started: where to send the browser, and the sealed pending sign-in for its cookie. */
export interface StartedSignIn {
  authorizationUrl: URL;
  sealedPending: string;
}

export interface FinishedSignIn {
  signedIn: SignedIn;
  returnTo: string;
}

/**
 * Staff signing in through their organisation's identity provider. The first sign-in
 * makes an account (keyed by the provider's issuer, tenant and subject, never by
 * email) that joins no project; joining still takes an invite, and the person chooses
 * their perspective there as everyone does.
 */
export class OrganisationSignInService {
  private readonly provider: OrganisationProvider;
  private readonly seal: PendingSignInSeal;
  private readonly spent = new SpentStates();

  constructor(
    private readonly settings: OrganisationSignInSettings,
    private readonly identities: IdentityStore,
    private readonly users: UserStore,
    private readonly auth: AuthService,
    private readonly now: Clock,
  ) {
    this.provider = new OrganisationProvider(settings);
    this.seal = new PendingSignInSeal(settings.clientSecret);
  }

  /** The name on the sign-in button. */
  get label(): string {
    return this.settings.label;
  }

  async start(returnTo: unknown): Promise<StartedSignIn> {
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnTo: safeReturnPath(returnTo),
      expiresAt: this.now() + PENDING_SIGN_IN_MS,
    };
    try {
      const authorizationUrl = await this.provider.authorizationUrl(pending);
      return { authorizationUrl, sealedPending: this.seal.seal(pending) };
    } catch (error) {
      throw new OrganisationSignInRefused('unavailable', 'The provider could not be reached.', pending.returnTo, {
        cause: error,
      });
    }
  }

  /**
   * Finishes a sign-in the provider sent back (its query string), for the browser
   * holding the sealed pending sign-in. Anything amiss creates nothing and throws
   * OrganisationSignInRefused.
   */
  async finish(callbackQuery: string, sealedPending: string | undefined, from: SignInClient): Promise<FinishedSignIn> {
    const now = this.now();
    const pending = this.seal.open(sealedPending, now);
    const params = new URLSearchParams(callbackQuery);
    const returnTo = pending?.returnTo ?? '/';
    const providerError = params.get('error');
    if (providerError !== null) {
      const problem = providerError === 'access_denied' ? 'refused' : 'failed';
      throw new OrganisationSignInRefused(problem, `The provider answered ${providerError}.`, returnTo);
    }
    if (!pending) {
      throw new OrganisationSignInRefused('expired', 'No pending sign-in in this browser, or it expired.');
    }
    if (params.get('state') !== pending.state || !this.spent.spend(pending.state, pending.expiresAt, now)) {
      throw new OrganisationSignInRefused('expired', 'The state does not match, or was used already.', returnTo);
    }
    try {
      const claims = await this.provider.verifiedClaims(callbackQuery, pending);
      const person = organisationPerson(claims, this.settings.tenantId);
      const user = await this.accountOf(person);
      return { signedIn: await this.auth.signInVerifiedElsewhere(user, from), returnTo };
    } catch (error) {
      if (error instanceof OrganisationSignInRefused) throw error.on(returnTo);
      const problem = error instanceof ProviderUnreachable || isNetworkFailure(error) ? 'unavailable' : 'failed';
      throw new OrganisationSignInRefused(problem, 'The provider’s answer was not accepted.', returnTo, {
        cause: error,
      });
    }
  }

  /** The person's account, made on their first sign-in. */
  private async accountOf(person: OrganisationPerson): Promise<UserRecord> {
    const now = this.now();
    const known = await this.identities.findIdentity(person.key);
    if (known) {
      await this.identities.recordSignIn(person.key, now, person.email);
      return this.existingAccount(known.userId);
    }
    // The first account of an instance looks after it, and is made with a password on the first-run page.
    if ((await this.users.countUsers()) === 0) {
      throw new OrganisationSignInRefused('no-accounts-yet', 'No account exists yet.');
    }
    const user: UserRecord = {
      id: randomUUID(),
      email: await this.accountEmail(person.email),
      displayName: person.displayName,
      passwordHash: NO_PASSWORD,
      createdAt: now,
    };
    try {
      await this.identities.createAccountWithIdentity(user, {
        ...person.key,
        userId: user.id,
        email: person.email,
        createdAt: now,
        lastSignedInAt: now,
      });
      return user;
    } catch (error) {
      // The same person signing in twice at once: the other sign-in made the account.
      const made = await this.identities.findIdentity(person.key);
      if (!made) throw error;
      return this.existingAccount(made.userId);
    }
  }

  private async existingAccount(userId: string): Promise<UserRecord> {
    const user = await this.users.findUserById(userId);
    if (!user) throw new OrganisationSignInRefused('failed', `The account ${userId} has gone.`);
    return user;
  }

  /**
   * The address shown on the person's own account page. Every account needs one of its
   * own; where the provider gave none, or another account already uses it, the account
   * gets an address that can never receive mail (the provider's stays with the identity).
   */
  private async accountEmail(email: string | null): Promise<string> {
    if (email !== null && !(await this.users.findUserByEmail(email))) return email;
    return `${randomUUID()}@organisation-sign-in.invalid`;
  }
}

/** fetch could not reach the provider, or it took too long. */
function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof client.ClientError)) return false;
  return error.code === 'OAUTH_TIMEOUT' || error.cause instanceof TypeError;
}
