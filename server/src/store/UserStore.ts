import type { AccountNoticeKind } from '@roundtable/shared';

/** A person's account. Times are milliseconds since the epoch. */
export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: number;
  /** When the person deleted the account (it then holds no name, email or password); null while it is theirs. */
  erasedAt?: number | null;
}

/** An account as administrators list it. */
export interface AccountRecord {
  id: string;
  email: string;
  displayName: string;
  createdAt: number;
  isAdministrator: boolean;
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
  /** The browser's User-Agent when it signed in, to name the device; null where unknown. */
  userAgent?: string | null;
  /** When the session ends however recently it was used; null or absent for none. */
  endsAt?: number | null;
}

export interface PersonNameRecord {
  id: string;
  displayName: string;
}

/** A single-use link to choose a new password, kept only as the hash of its token. */
export interface PasswordResetRecord {
  tokenHash: string;
  userId: string;
  /** The administrator who made it, or null when the person asked for it by email. */
  createdBy: string | null;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

export interface AccountNoticeRecord {
  id: string;
  userId: string;
  kind: AccountNoticeKind;
  byUserId: string | null;
  createdAt: number;
  readAt: number | null;
}

export interface AccountNoticeEntryRecord extends AccountNoticeRecord {
  /** The name of byUserId's account, when there is one. */
  byDisplayName: string | null;
}

/** Accounts, their sessions and what keeps them safe. Every store passes UserStore.contract.test.ts. */
export interface UserStore {
  countUsers(): Promise<number>;
  createUser(user: UserRecord): Promise<void>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  findUserById(id: string): Promise<UserRecord | undefined>;
  /** Names of these people, whether or not they are still members anywhere. */
  listPeopleNames(ids: readonly string[]): Promise<PersonNameRecord[]>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;

  isAdministrator(userId: string): Promise<boolean>;
  countAdministrators(): Promise<number>;
  /**
   * Makes the account an administrator or not. Taking it away from the last
   * administrator changes nothing and answers false: an instance always keeps one.
   */
  setAdministrator(userId: string, isAdministrator: boolean): Promise<boolean>;
  /**
   * Deletes the person's account but keeps its id, so their words stay credited in
   * every history: the name becomes `nameAfter`, the email and password go, and so do
   * their sessions, recognised browsers, reset links, notices, inbox, visits and
   * organisation sign-ins, in one transaction. Answers the ended sessions' token hashes.
   */
  eraseAccount(userId: string, erasedAt: number, nameAfter: string): Promise<string[]>;
  /** Accounts whose name or email contains `search` (any case), by name; at most `limit`. */
  listAccounts(search: string, limit: number): Promise<AccountRecord[]>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | undefined>;
  /** The person's sessions that have not expired at `now`, most recently used first. */
  listSessions(userId: string, now: number): Promise<SessionRecord[]>;
  touchSession(tokenHash: string, lastUsedAt: number, expiresAt: number): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of the person except `keep`, answering the token hashes it ended. */
  deleteSessionsOfUser(userId: string, keep?: string): Promise<string[]>;

  /** Records that the browser holding this device token signed in to the account. */
  rememberDevice(tokenHash: string, userId: string, at: number): Promise<void>;
  /** Whether that browser signed in to the account since `since`. */
  isKnownDevice(tokenHash: string, userId: string, since: number): Promise<boolean>;
  forgetDevicesOfUser(userId: string): Promise<void>;

  /** Stores a new reset link for the person, and any earlier one of theirs that is unused stops working. */
  createPasswordReset(reset: PasswordResetRecord): Promise<void>;
  findPasswordReset(tokenHash: string): Promise<PasswordResetRecord | undefined>;
  /** Marks the link used if it is unused and unexpired at `at`; answers whether it was. */
  usePasswordReset(tokenHash: string, at: number): Promise<boolean>;
  /** Unused links of the person stop working (their password changed another way). */
  discardPasswordResets(userId: string): Promise<void>;

  addAccountNotice(notice: AccountNoticeRecord): Promise<void>;
  /** Newest first. */
  listAccountNotices(userId: string, limit: number): Promise<AccountNoticeEntryRecord[]>;
  countUnreadAccountNotices(userId: string): Promise<number>;
  markAccountNoticesRead(userId: string, which: readonly string[] | 'all', readAt: number): Promise<void>;
}
