/** A person's account. Times are milliseconds since the epoch. */
export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: number;
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number;
}

export interface PersonNameRecord {
  id: string;
  displayName: string;
}

/** Accounts and their sessions. Every store passes UserStore.contract.test.ts. */
export interface UserStore {
  countUsers(): Promise<number>;
  createUser(user: UserRecord): Promise<void>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  findUserById(id: string): Promise<UserRecord | undefined>;
  /** Names of these people, whether or not they are still members anywhere. */
  listPeopleNames(ids: readonly string[]): Promise<PersonNameRecord[]>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | undefined>;
  touchSession(tokenHash: string, lastUsedAt: number, expiresAt: number): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
}
