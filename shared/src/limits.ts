/** Limits shared by the client (to warn early) and the server (to enforce). */
export const Limits = {
  /** Largest websocket frame the server accepts. */
  maxFrameBytes: 1024 * 1024,
  /** Largest encoded document state. */
  maxDocumentBytes: 8 * 1024 * 1024,
  /** Largest JSON request body. */
  maxRequestBodyBytes: 64 * 1024,
  /** Sign-in delays are in AccountLimits. */
  /** A session lasts this long after it was last used. */
  sessionIdleMs: 7 * 24 * 60 * 60 * 1000,
  /** And never longer than this after sign-in. */
  sessionMaxMs: 30 * 24 * 60 * 60 * 1000,
  /** Invite links stop working after this long. */
  inviteLifetimeMs: 14 * 24 * 60 * 60 * 1000,
  displayNameMax: 80,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  projectNameMax: 120,
  projectPurposeMax: 500,
  documentTitleMax: 160,
  versionNameMax: 120,
  /** Versions a document keeps, named and automatic together. */
  versionsPerDocument: 1000,
  /** Characters in one comment. */
  commentBodyMax: 5000,
  /** Characters of the words a thread is on, as kept with the thread. */
  commentQuoteMax: 2000,
  /** Threads on one document, open and resolved together. */
  threadsPerDocument: 2000,
  /** Comments (opening ones and replies) in one thread. */
  commentsPerThread: 500,
} as const;
