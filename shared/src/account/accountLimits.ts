/** Limits of accounts, sign-in and password resets, shared by the client (to explain) and the server (to enforce). */
export const AccountLimits = {
  /** A password reset link works once, for this long. */
  passwordResetLifetimeMs: 60 * 60 * 1000,
  /** A browser that signed in to an account is recognised for this long after it last did. */
  knownDeviceLifetimeMs: 365 * 24 * 60 * 60 * 1000,
  /**
   * Failed sign-ins allowed before each further one waits: per account (from browsers
   * it does not recognise), per address (a room on one Wi-Fi shares one) and per
   * recognised browser.
   */
  signInFreeFailuresPerAccount: 3,
  signInFreeFailuresPerAddress: 10,
  signInFreeFailuresPerDevice: 5,
  /** The first wait, doubled with each further failure, up to the longest. */
  signInFirstDelayMs: 1000,
  signInLongestDelayMs: 5 * 60 * 1000,
  /** Failures are forgotten once none has come for this long. */
  signInFailureMemoryMs: 15 * 60 * 1000,
  /** Reset emails sent for one account, and asked for from one address, within an hour. */
  resetEmailsPerAccountPerHour: 3,
  resetEmailsPerAddressPerHour: 10,
  /** Accounts an administrator's search shows at once. */
  accountsListed: 50,
  accountSearchMax: 200,
  /** Notices about an account that are kept and shown. */
  accountNoticesShown: 50,
} as const;
