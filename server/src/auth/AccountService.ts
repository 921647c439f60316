import type {
  AccountNoticesResponse,
  AccountResponse,
  ChangePasswordBody,
  MarkAccountNoticesReadBody,
  User,
} from '@roundtable/shared';
import { AccountLimits } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { DomainError, notFound } from '../errors/DomainError.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { AccountNotifier } from './AccountNotifier.ts';
import { accountNoticeText } from './accountEmails.ts';
import { describeUserAgent } from './describeUserAgent.ts';
import { endSessions } from './endSessions.ts';
import { ProgressiveDelay } from './ProgressiveDelay.ts';
import { hashPassword, verifyPassword } from './passwordHashing.ts';
import { publicSessionId } from './publicSessionId.ts';
import { waitInWords } from './SignInDelayed.ts';

/** The signed-in person and the session their request came with. */
export interface AccountHolder {
  user: User;
  sessionTokenHash: string;
}

/** A person looking after their own account: password, signed-in devices, notices. */
export class AccountService {
  /** Wrong current passwords slow down, so a borrowed session cannot guess its way to the password. */
  private readonly passwordChecks: ProgressiveDelay;

  constructor(
    private readonly userStore: UserStore,
    private readonly events: AccessEvents,
    private readonly notifier: AccountNotifier,
    private readonly now: Clock,
  ) {
    this.passwordChecks = new ProgressiveDelay(
      {
        freeFailures: AccountLimits.signInFreeFailuresPerAccount,
        firstDelayMs: AccountLimits.signInFirstDelayMs,
        longestDelayMs: AccountLimits.signInLongestDelayMs,
        memoryMs: AccountLimits.signInFailureMemoryMs,
      },
      now,
    );
  }

  async overview({ user, sessionTokenHash }: AccountHolder): Promise<AccountResponse> {
    const [isAdministrator, sessions, record] = await Promise.all([
      this.userStore.isAdministrator(user.id),
      this.userStore.listSessions(user.id, this.now()),
      this.userStore.findUserById(user.id),
    ]);
    const devices = sessions.map((session) => ({
      id: publicSessionId(session.tokenHash),
      device: describeUserAgent(session.userAgent),
      signedInAt: new Date(session.createdAt).toISOString(),
      lastUsedAt: new Date(session.lastUsedAt).toISOString(),
      current: session.tokenHash === sessionTokenHash,
    }));
    return { user, isAdministrator, hasPassword: (record?.passwordHash ?? '') !== '', devices };
  }

  /** Changes the password and signs out every other session; this one stays signed in. */
  async changePassword({ user, sessionTokenHash }: AccountHolder, body: ChangePasswordBody): Promise<void> {
    const wait = Math.ceil(this.passwordChecks.msUntilAllowed(user.id) / 1000);
    if (wait > 0) {
      throw new DomainError(
        'too-many-attempts',
        `The current password was wrong too many times. Try again in ${waitInWords(wait)}.`,
      );
    }
    this.passwordChecks.recordFailure(user.id);
    const record = await this.userStore.findUserById(user.id);
    if (!record || !(await verifyPassword(record.passwordHash, body.currentPassword))) {
      throw new DomainError('invalid-request', 'Your current password is not right. Check it and try again.', {
        currentPassword: 'Your current password is not right. Check it and try again.',
      });
    }
    this.passwordChecks.clear(user.id);
    await this.userStore.setPasswordHash(user.id, await hashPassword(body.newPassword));
    await this.userStore.discardPasswordResets(user.id);
    await endSessions(this.userStore, this.events, user.id, sessionTokenHash);
    await this.notifier.notify(user.id, 'password-changed');
  }

  /** Signs out one of the person's devices; answers whether it was the one asking. */
  async signOutDevice(
    { user, sessionTokenHash }: AccountHolder,
    deviceId: string,
  ): Promise<{ wasThisDevice: boolean }> {
    const sessions = await this.userStore.listSessions(user.id, this.now());
    const session = sessions.find((candidate) => publicSessionId(candidate.tokenHash) === deviceId);
    if (!session) throw notFound('That signed-in device');
    await this.userStore.deleteSession(session.tokenHash);
    this.events.emit('sessionEnded', { tokenHash: session.tokenHash });
    return { wasThisDevice: session.tokenHash === sessionTokenHash };
  }

  /**
   * Signs the person out on every device, this one included, and forgets which browsers
   * knew the password: someone else may have had it.
   */
  async signOutEverywhere(userId: string): Promise<void> {
    await endSessions(this.userStore, this.events, userId);
    await this.userStore.forgetDevicesOfUser(userId);
  }

  async notices(userId: string): Promise<AccountNoticesResponse> {
    const [entries, unreadCount] = await Promise.all([
      this.userStore.listAccountNotices(userId, AccountLimits.accountNoticesShown),
      this.userStore.countUnreadAccountNotices(userId),
    ]);
    return {
      unreadCount,
      notices: entries.map((entry) => ({
        id: entry.id,
        kind: entry.kind,
        text: accountNoticeText(entry.kind, entry.byDisplayName),
        by: entry.byUserId && entry.byDisplayName ? { id: entry.byUserId, displayName: entry.byDisplayName } : null,
        createdAt: new Date(entry.createdAt).toISOString(),
        readAt: entry.readAt === null ? null : new Date(entry.readAt).toISOString(),
      })),
    };
  }

  async markNoticesRead(userId: string, body: MarkAccountNoticesReadBody): Promise<AccountNoticesResponse> {
    await this.userStore.markAccountNoticesRead(userId, body.all ? 'all' : (body.ids ?? []), this.now());
    return this.notices(userId);
  }
}
