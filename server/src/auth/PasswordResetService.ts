import {
  AccountLimits,
  type PasswordResetCheckResponse,
  type PasswordResetLinkResponse,
  type ResetPasswordBody,
} from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { PasswordResetRecord, UserStore } from '../store/UserStore.ts';
import type { AccountMailer } from './AccountMailer.ts';
import type { AccountNotifier } from './AccountNotifier.ts';
import { passwordResetEmail } from './accountEmails.ts';
import { endSessions } from './endSessions.ts';
import { HourlyQuota } from './HourlyQuota.ts';
import { hashPassword } from './passwordHashing.ts';
import { hashSecretToken, newSecretToken } from './secretTokens.ts';

/** Where reset links lead: the token is after the #, so it never reaches a server log or another site. */
export const RESET_PASSWORD_PATH = '/reset-password';

const linkProblems = {
  missing:
    'This password reset link does not work. It may not have been copied in full, or a newer link may have replaced it. Ask for a new link.',
  used: 'This password reset link has already been used. Each link works once. If you still need a new password, ask for a new link.',
  expired: `This password reset link has expired: links work for ${Math.round(AccountLimits.passwordResetLifetimeMs / 60_000)} minutes. Ask for a new link.`,
};

/**
 * Single-use, short-lived links to choose a new password: made by an administrator for
 * a named person, or emailed to a person who asks. Only the hash of a link's token is
 * stored. Using one sets the password, signs the person out everywhere and tells them.
 */
export class PasswordResetService {
  private readonly emailsPerAccount: HourlyQuota;
  private readonly emailsPerAddress: HourlyQuota;

  constructor(
    private readonly userStore: UserStore,
    private readonly events: AccessEvents,
    private readonly notifier: AccountNotifier,
    private readonly mailer: AccountMailer | undefined,
    private readonly now: Clock,
  ) {
    this.emailsPerAccount = new HourlyQuota(AccountLimits.resetEmailsPerAccountPerHour, now);
    this.emailsPerAddress = new HourlyQuota(AccountLimits.resetEmailsPerAddressPerHour, now);
  }

  /** Whether people can ask for a reset link by email here. */
  get byEmail(): boolean {
    return this.mailer !== undefined;
  }

  /** A new link for the person; earlier unused links of theirs stop working. */
  async createLink(userId: string, createdBy: string | null): Promise<PasswordResetLinkResponse> {
    const token = newSecretToken();
    const createdAt = this.now();
    const expiresAt = createdAt + AccountLimits.passwordResetLifetimeMs;
    await this.userStore.createPasswordReset({
      tokenHash: hashSecretToken(token),
      userId,
      createdBy,
      createdAt,
      expiresAt,
      usedAt: null,
    });
    return { token, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** Whether a link still works, and whose it is, before its holder chooses a password. */
  async check(token: string): Promise<PasswordResetCheckResponse> {
    const reset = await this.userStore.findPasswordReset(hashSecretToken(token));
    this.refuseUnusable(reset);
    const user = reset && (await this.userStore.findUserById(reset.userId));
    if (!reset || !user) throw new DomainError('not-found', linkProblems.missing);
    return { displayName: user.displayName, expiresAt: new Date(reset.expiresAt).toISOString() };
  }

  async reset(body: ResetPasswordBody): Promise<void> {
    const tokenHash = hashSecretToken(body.token);
    // Hashed before the link is used up, so a slow hash cannot leave a used link and no password.
    const passwordHash = await hashPassword(body.newPassword);
    if (!(await this.userStore.usePasswordReset(tokenHash, this.now()))) {
      const reset = await this.userStore.findPasswordReset(tokenHash);
      this.refuseUnusable(reset);
      throw new DomainError('not-found', linkProblems.missing);
    }
    const reset = await this.userStore.findPasswordReset(tokenHash);
    if (!reset) throw new DomainError('not-found', linkProblems.missing);
    await this.userStore.setPasswordHash(reset.userId, passwordHash);
    await this.userStore.discardPasswordResets(reset.userId);
    // Whoever knew the old password, on whatever browser, is out.
    await endSessions(this.userStore, this.events, reset.userId);
    await this.userStore.forgetDevicesOfUser(reset.userId);
    await this.notifier.notify(
      reset.userId,
      reset.createdBy ? 'password-reset-by-administrator' : 'password-reset-by-email',
      reset.createdBy,
    );
  }

  /**
   * Emails a reset link if an account uses this address. Everything happens after the
   * request is answered, so the answer and its timing are the same either way. Only a
   * few emails go to one account, or are asked for from one address, each hour.
   */
  requestByEmail(email: string, address: string): void {
    const mailer = this.mailer;
    if (!mailer)
      throw new DomainError(
        'not-found',
        'This Roundtable cannot send emails. Ask an administrator to reset your password.',
      );
    if (!this.emailsPerAddress.take(address)) return;
    mailer.later('email a password reset link', async () => {
      const user = await this.userStore.findUserByEmail(email);
      if (!user || !this.emailsPerAccount.take(user.id)) return;
      const { token } = await this.createLink(user.id, null);
      await mailer.send(user.email, passwordResetEmail(mailer.link(`${RESET_PASSWORD_PATH}#${token}`)));
    });
  }

  private refuseUnusable(reset: PasswordResetRecord | undefined): void {
    if (!reset) throw new DomainError('not-found', linkProblems.missing);
    if (reset.usedAt !== null) throw new DomainError('conflict', linkProblems.used);
    if (reset.expiresAt <= this.now()) throw new DomainError('conflict', linkProblems.expired);
  }
}
