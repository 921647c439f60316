import { randomUUID } from 'node:crypto';
import { AccountLimits, Limits, type SignInBody, type SignUpBody, type User } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { SessionRecord, UserRecord, UserStore } from '../store/UserStore.ts';
import { hashPassword, verifyPassword } from './passwordHashing.ts';
import { SignInDelayed } from './SignInDelayed.ts';
import type { SignInLimiter } from './SignInLimiter.ts';
import { hashSecretToken, isWellFormedSecretToken, newSecretToken } from './secretTokens.ts';

/** What the browser signing in tells about itself. */
export interface SignInClient {
  /** The client's address. */
  address: string;
  userAgent: string | undefined;
  /** The browser's known-device token, if it has one. */
  deviceToken: string | undefined;
}

export interface SignedIn {
  user: User;
  /** The raw session token for the cookie; only its hash is stored. */
  token: string;
  expiresAt: number;
  /** The browser's known-device token, for its long-lived cookie; now bound to this account too. */
  deviceToken: string;
}

export interface Authenticated {
  user: User;
  session: SessionRecord;
  /** The session's expiry moved forward just now, so the cookie should too. */
  renewed: boolean;
}

/** Longer User-Agents are cut: they only name the device. */
const MAX_USER_AGENT_LENGTH = 512;

/** Accounts and sessions. */
export class AuthService {
  // Compared against when the email is unknown, so timing does not reveal who has an account.
  private readonly unknownAccountHash = hashPassword(newSecretToken());
  private signUps: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly userStore: UserStore,
    private readonly limiter: SignInLimiter,
    private readonly events: AccessEvents,
    private readonly now: Clock,
  ) {}

  async needsFirstAccount(): Promise<boolean> {
    return (await this.userStore.countUsers()) === 0;
  }

  /**
   * Creates an account and signs it in. Allowed for the first account of an empty
   * instance, or for someone holding a valid invite (who then joins separately).
   */
  signUp(
    body: SignUpBody,
    inviteIsValid: (token: string) => Promise<boolean>,
    client?: SignInClient,
  ): Promise<SignedIn> {
    // One at a time, so two people arriving together cannot both create the first account.
    const next = this.signUps.then(() => this.signUpNow(body, inviteIsValid, client));
    this.signUps = next.catch(() => undefined);
    return next;
  }

  private async signUpNow(
    body: SignUpBody,
    inviteIsValid: (token: string) => Promise<boolean>,
    client: SignInClient | undefined,
  ): Promise<SignedIn> {
    const isFirst = await this.needsFirstAccount();
    if (!isFirst) {
      if (!body.inviteToken || !(await inviteIsValid(body.inviteToken))) {
        throw new DomainError(
          'forbidden',
          'You need an invite link to create an account. Ask a project lead to send you one.',
        );
      }
    }
    if (await this.userStore.findUserByEmail(body.email)) {
      throw new DomainError('conflict', 'An account with this email address already exists. Sign in instead.', {
        email: 'An account with this email address already exists. Sign in instead.',
      });
    }
    const user: UserRecord = {
      id: randomUUID(),
      email: body.email,
      displayName: body.displayName,
      passwordHash: await hashPassword(body.password),
      createdAt: this.now(),
    };
    await this.userStore.createUser(user);
    // The first account looks after the instance: it can name other administrators.
    if (isFirst) await this.userStore.setAdministrator(user.id, true);
    return this.startSession(user, client);
  }

  async signIn(body: SignInBody, client: SignInClient): Promise<SignedIn> {
    const user = await this.userStore.findUserByEmail(body.email);
    const source = {
      account: body.email,
      address: client.address,
      knownDevice: user ? await this.knownDevice(client.deviceToken, user.id) : undefined,
    };
    const wait = this.limiter.secondsUntilAllowed(source);
    if (wait > 0) throw new SignInDelayed(wait);
    // Counted before the password is checked, so guesses sent at once are all counted.
    this.limiter.recordAttempt(source);
    const valid = user
      ? await verifyPassword(user.passwordHash, body.password)
      : await verifyPassword(await this.unknownAccountHash, body.password).then(() => false);
    if (!user || !valid) {
      throw new DomainError(
        'not-signed-in',
        'That email and password do not match an account. Check them and try again.',
      );
    }
    this.limiter.recordSuccess(source);
    return this.startSession(user, client);
  }

  /** The hash of the browser's device token if that browser signed in to this account before. */
  private async knownDevice(deviceToken: string | undefined, userId: string): Promise<string | undefined> {
    if (!isWellFormedSecretToken(deviceToken)) return undefined;
    const tokenHash = hashSecretToken(deviceToken);
    const since = this.now() - AccountLimits.knownDeviceLifetimeMs;
    return (await this.userStore.isKnownDevice(tokenHash, userId, since)) ? tokenHash : undefined;
  }

  async signOut(token: string): Promise<void> {
    const tokenHash = hashSecretToken(token);
    await this.userStore.deleteSession(tokenHash);
    this.events.emit('sessionEnded', { tokenHash });
  }

  /** The signed-in person for a session token, renewing the session's idle expiry. */
  async authenticate(token: string | undefined): Promise<Authenticated | null> {
    if (!token || token.length > 200) return null;
    const session = await this.userStore.findSession(hashSecretToken(token));
    const now = this.now();
    if (!session || session.expiresAt <= now) return null;
    const user = await this.userStore.findUserById(session.userId);
    if (!user) return null;
    // Renew at most once a minute to avoid a write on every request.
    const renewed = now - session.lastUsedAt > 60_000;
    if (renewed) {
      const expiresAt = Math.min(
        now + Limits.sessionIdleMs,
        session.createdAt + Limits.sessionMaxMs,
        session.endsAt ?? Number.POSITIVE_INFINITY,
      );
      await this.userStore.touchSession(session.tokenHash, now, expiresAt);
      session.lastUsedAt = now;
      session.expiresAt = expiresAt;
    }
    return { user: toUser(user), session, renewed };
  }

  /** The session with this token hash if it has not expired. */
  async findLiveSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const session = await this.userStore.findSession(tokenHash);
    return session && session.expiresAt > this.now() ? session : undefined;
  }

  /** Signs in someone whose identity their organisation's identity provider has just verified. */
  signInVerifiedElsewhere(user: UserRecord, client: SignInClient): Promise<SignedIn> {
    return this.startSession(user, client);
  }

  /**
   * Signs in someone a facilitator has just let into a workshop. Without a password the
   * session ends at `endsAt` (the workshop's end) however much it is used: devices in
   * a room are often shared.
   */
  signInLetIn(user: UserRecord, client: SignInClient, endsAt: number | null): Promise<SignedIn> {
    return this.startSession(user, client, endsAt);
  }

  private async startSession(
    user: UserRecord,
    client: SignInClient | undefined,
    endsAt: number | null = null,
  ): Promise<SignedIn> {
    const token = newSecretToken();
    const now = this.now();
    const expiresAt = Math.min(now + Limits.sessionIdleMs, endsAt ?? Number.POSITIVE_INFINITY);
    await this.userStore.createSession({
      tokenHash: hashSecretToken(token),
      userId: user.id,
      createdAt: now,
      lastUsedAt: now,
      expiresAt,
      userAgent: client?.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
      endsAt,
    });
    // This browser now knows the password: failed guesses elsewhere will not hold it back.
    const offered = client?.deviceToken;
    const deviceToken = isWellFormedSecretToken(offered) ? offered : newSecretToken();
    await this.userStore.rememberDevice(hashSecretToken(deviceToken), user.id, now);
    return { user: toUser(user), token, expiresAt, deviceToken };
  }
}

export function toUser(user: UserRecord): User {
  return { id: user.id, displayName: user.displayName, email: user.email };
}
