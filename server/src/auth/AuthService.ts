import { randomUUID } from 'node:crypto';
import { Limits, type SignInBody, type SignUpBody, type User } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { SessionRecord, UserRecord, UserStore } from '../store/UserStore.ts';
import { hashPassword, verifyPassword } from './passwordHashing.ts';
import type { SignInLimiter } from './SignInLimiter.ts';
import { hashSecretToken, newSecretToken } from './secretTokens.ts';

export interface SignedIn {
  user: User;
  /** The raw session token for the cookie; only its hash is stored. */
  token: string;
  expiresAt: number;
}

export interface Authenticated {
  user: User;
  session: SessionRecord;
  /** The session's expiry moved forward just now, so the cookie should too. */
  renewed: boolean;
}

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
  signUp(body: SignUpBody, inviteIsValid: (token: string) => Promise<boolean>): Promise<SignedIn> {
    // One at a time, so two people arriving together cannot both create the first account.
    const next = this.signUps.then(() => this.signUpNow(body, inviteIsValid));
    this.signUps = next.catch(() => undefined);
    return next;
  }

  private async signUpNow(body: SignUpBody, inviteIsValid: (token: string) => Promise<boolean>): Promise<SignedIn> {
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
    return this.startSession(user);
  }

  async signIn(body: SignInBody, address: string): Promise<SignedIn> {
    const wait = this.limiter.minutesUntilAllowed(body.email, address);
    if (wait > 0) {
      throw new DomainError(
        'too-many-attempts',
        `Too many attempts to sign in. Please wait ${wait} minute${wait === 1 ? '' : 's'} and try again.`,
      );
    }
    // Counted before the password is checked, so guesses sent at once are all counted.
    this.limiter.recordAttempt(body.email, address);
    const user = await this.userStore.findUserByEmail(body.email);
    const valid = user
      ? await verifyPassword(user.passwordHash, body.password)
      : await verifyPassword(await this.unknownAccountHash, body.password).then(() => false);
    if (!user || !valid) {
      throw new DomainError(
        'not-signed-in',
        'That email and password do not match an account. Check them and try again.',
      );
    }
    this.limiter.recordSuccess(body.email, address);
    return this.startSession(user);
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
      const expiresAt = Math.min(now + Limits.sessionIdleMs, session.createdAt + Limits.sessionMaxMs);
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

  private async startSession(user: UserRecord): Promise<SignedIn> {
    const token = newSecretToken();
    const now = this.now();
    const expiresAt = now + Limits.sessionIdleMs;
    await this.userStore.createSession({
      tokenHash: hashSecretToken(token),
      userId: user.id,
      createdAt: now,
      lastUsedAt: now,
      expiresAt,
    });
    return { user: toUser(user), token, expiresAt };
  }
}

export function toUser(user: UserRecord): User {
  return { id: user.id, displayName: user.displayName, email: user.email };
}
