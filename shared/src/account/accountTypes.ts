import type { User } from '../api/apiTypes.ts';

/** Response bodies of the account, password reset and administration APIs. Times are ISO 8601 strings. */

/** A browser where the person is signed in. */
export interface SignedInDevice {
  /** Names the sign-in for "Sign out"; not the session's secret. */
  id: string;
  /** In plain words, e.g. "Firefox on Windows". */
  device: string;
  signedInAt: string;
  /** Roughly: kept to the minute. */
  lastUsedAt: string;
  /** The browser asking. */
  current: boolean;
}

/** GET /api/account */
export interface AccountResponse {
  user: User;
  isAdministrator: boolean;
  /** False for people who sign in through their organisation: they have no password here. */
  hasPassword: boolean;
  /** Most recently used first. */
  devices: SignedInDevice[];
}

/** An account as an administrator sees it. */
export interface AdminAccount {
  id: string;
  displayName: string;
  email: string;
  isAdministrator: boolean;
  createdAt: string;
}

/** GET /api/admin/accounts?search= */
export interface AdminAccountsResponse {
  accounts: AdminAccount[];
  /** More accounts match than are listed. */
  more: boolean;
}

/** PATCH /api/admin/accounts/:userId */
export interface AdminAccountResponse {
  account: AdminAccount;
}

/** POST /api/admin/accounts/:userId/password-reset-link */
export interface PasswordResetLinkResponse {
  /** Goes after /reset-password# in the link; shown once, never stored. */
  token: string;
  expiresAt: string;
}

/** POST /api/password-reset/check */
export interface PasswordResetCheckResponse {
  displayName: string;
  expiresAt: string;
}

/** POST /api/auth/forgot-password: the same answer whether or not the address has an account. */
export interface ForgotPasswordResponse {
  message: string;
}

export const accountNoticeKinds = [
  'password-changed',
  'password-reset-by-administrator',
  'password-reset-by-email',
] as const;
export type AccountNoticeKind = (typeof accountNoticeKinds)[number];

/** Something that happened to the person's account, told in their inbox. */
export interface AccountNotice {
  id: string;
  kind: AccountNoticeKind;
  /** What happened, in plain words. */
  text: string;
  /** The administrator who made the reset link, for 'password-reset-by-administrator'. */
  by: { id: string; displayName: string } | null;
  createdAt: string;
  readAt: string | null;
}

/** GET /api/account/notices, POST /api/account/notices/read */
export interface AccountNoticesResponse {
  unreadCount: number;
  /** Newest first. */
  notices: AccountNotice[];
}
