import type { UserRecord } from './UserStore.ts';

/**
 * Who a person is at an organisation's identity provider. Accounts are found by this
 * alone: never by email, which a provider may let people change or reuse.
 */
export interface IdentityKey {
  /** The provider's issuer, as its ID tokens name it. */
  issuer: string;
  /** The directory the person belongs to where one provider serves many (Entra ID's `tid`); '' where it serves one. */
  tenant: string;
  /** The person at that provider: Entra ID's object id (`oid`), otherwise the ID token's `sub`. */
  subject: string;
}

/** An account that signs in through an organisation. Times are milliseconds since the epoch. */
export interface IdentityRecord extends IdentityKey {
  userId: string;
  /** The email address the provider last gave, shown to the person themselves; never used to find them. */
  email: string | null;
  createdAt: number;
  lastSignedInAt: number;
}

/**
 * The link between accounts and organisation identities. Every store passes
 * IdentityStore.contract.test.ts.
 */
export interface IdentityStore {
  findIdentity(key: IdentityKey): Promise<IdentityRecord | undefined>;
  /**
   * Creates the account and its identity together, or neither: fails if the identity
   * is already linked (another sign-in of the same person got there first).
   */
  createAccountWithIdentity(user: UserRecord, identity: IdentityRecord): Promise<void>;
  /** A later sign-in: when it was, and the email address the provider gives now. */
  recordSignIn(key: IdentityKey, at: number, email: string | null): Promise<void>;
  /** Whether the account signs in through an organisation (such accounts have no password). */
  hasIdentity(userId: string): Promise<boolean>;
}
