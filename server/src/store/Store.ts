import type { CreditAs, Perspective, Role, TemplateId, VersionKind } from '@roundtable/shared';
import type { CommentStore } from './CommentStore.ts';

/**
 * Everything Roundtable keeps, behind one interface so SQLite and Postgres are
 * interchangeable. Times are milliseconds since the epoch. Every store passes
 * Store.contract.test.ts.
 */
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

export interface ProjectRecord {
  id: string;
  name: string;
  purpose: string;
  createdBy: string;
  createdAt: number;
}

export interface MembershipRecord {
  projectId: string;
  userId: string;
  role: Role;
  perspective: Perspective;
  creditAs: CreditAs;
  /** Whether they asked for emails about mentions and replies. */
  emailNotifications: boolean;
  joinedAt: number;
}

/** A new membership credits the person by name, and sends no emails, until they choose otherwise. */
export type NewMembershipRecord = Omit<MembershipRecord, 'creditAs' | 'emailNotifications'> &
  Partial<Pick<MembershipRecord, 'creditAs' | 'emailNotifications'>>;

/** What is kept of someone who has left a project, so their work is still credited as they chose. */
export interface FormerMemberRecord {
  projectId: string;
  userId: string;
  displayName: string;
  perspective: Perspective;
  creditAs: CreditAs;
  leftAt: number;
}

export interface MemberRecord extends MembershipRecord {
  displayName: string;
  email: string;
}

export interface ProjectSummaryRecord extends ProjectRecord {
  myRole: Role;
  memberCount: number;
  documentCount: number;
}

export interface InviteRecord {
  tokenHash: string;
  projectId: string;
  role: Role;
  createdBy: string;
  createdAt: number;
  expiresAt: number;
  /** Set once someone has joined with it: an invite lets one person join. */
  usedAt: number | null;
}

export interface DocumentRecord {
  id: string;
  projectId: string;
  title: string;
  template: TemplateId;
  createdBy: string;
  createdAt: number;
  archivedAt: number | null;
}

export interface DocumentListRecord extends DocumentRecord {
  updatedAt: number;
}

/** One accepted update, with who sent it. `userId` is null for the server's own template content. */
export interface LoggedUpdate {
  id: number;
  documentId: string;
  userId: string | null;
  onBehalfOf: string | null;
  clientIds: number[];
  update: Uint8Array;
  createdAt: number;
  /** Set when this update restored an earlier version. */
  restoredVersionId: string | null;
}

/** `commentAnchorsOnly` marks an update that only placed or removed comment anchors (see placesOnlyCommentAnchors). */
export type NewLoggedUpdate = Omit<LoggedUpdate, 'id'> & { commentAnchorsOnly?: boolean };

export interface Checkpoint {
  documentId: string;
  upToUpdateId: number;
  state: Uint8Array;
  createdAt: number;
}

export interface ClientBinding {
  clientId: number;
  userId: string | null;
}

/** A point in a document's log that people can open, compare and restore. */
export interface VersionRecord {
  id: string;
  documentId: string;
  name: string;
  kind: VersionKind;
  upToUpdateId: number;
  createdBy: string | null;
  createdAt: number;
}

/** What a person had seen of a document when they last left it. */
export interface VisitRecord {
  documentId: string;
  userId: string;
  lastSeenUpdateId: number;
  lastSeenAt: number;
}

export interface Store extends CommentStore {
  migrate(): Promise<void>;
  close(): Promise<void>;

  countUsers(): Promise<number>;
  createUser(user: UserRecord): Promise<void>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  findUserById(id: string): Promise<UserRecord | undefined>;

  createSession(session: SessionRecord): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | undefined>;
  touchSession(tokenHash: string, lastUsedAt: number, expiresAt: number): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;

  /** Creates the project and makes its creator the first lead, atomically. */
  createProject(project: ProjectRecord, lead: NewMembershipRecord): Promise<void>;
  findProject(id: string): Promise<ProjectRecord | undefined>;
  listProjectsForUser(userId: string): Promise<ProjectSummaryRecord[]>;

  findMembership(projectId: string, userId: string): Promise<MembershipRecord | undefined>;
  listMembers(projectId: string): Promise<MemberRecord[]>;
  /** Adds a member; does nothing if they already are one. */
  addMember(membership: NewMembershipRecord): Promise<void>;
  updateMembership(
    projectId: string,
    userId: string,
    change: Partial<Pick<MembershipRecord, 'role' | 'perspective' | 'creditAs' | 'emailNotifications'>>,
  ): Promise<void>;
  /** Ends a membership, keeping the person's last perspective and credit choice as a former member. */
  removeMember(projectId: string, userId: string, leftAt: number): Promise<void>;
  /** People who have left the project and not come back, with what they last chose. */
  listFormerMembers(projectId: string): Promise<FormerMemberRecord[]>;

  createInvite(invite: InviteRecord): Promise<void>;
  findInvite(tokenHash: string): Promise<InviteRecord | undefined>;
  /** Marks an unused invite as used by this person; false if it was already used. */
  useInvite(tokenHash: string, userId: string, usedAt: number): Promise<boolean>;

  /** Creates the document with its first (template) update in one transaction. */
  createDocument(
    document: DocumentRecord,
    initialUpdate: NewLoggedUpdate,
    initialBindings: ClientBinding[],
  ): Promise<void>;
  findDocument(id: string): Promise<DocumentRecord | undefined>;
  listDocuments(projectId: string): Promise<DocumentListRecord[]>;
  updateDocument(id: string, change: Partial<Pick<DocumentRecord, 'title' | 'archivedAt'>>): Promise<void>;

  /**
   * Appends an accepted update and binds any client ids it writes with that are not
   * yet bound, in one transaction. Returns the update's id in the log. Appends to one
   * document commit in the order of their ids.
   */
  appendUpdate(update: NewLoggedUpdate): Promise<number>;
  /** True when an append is finished before appendUpdate returns (SQLite), so nothing can overtake it. */
  readonly appendsSynchronously: boolean;
  /** Updates after `afterUpdateId`, in log order, up to and including `upToUpdateId` if given. */
  listUpdatesAfter(documentId: string, afterUpdateId: number, upToUpdateId?: number): Promise<LoggedUpdate[]>;
  /** The id of the document's last logged update (0 if none). */
  latestUpdateId(documentId: string): Promise<number>;
  /** The latest checkpoint, or the latest that covers no update after `atOrBefore`. */
  latestCheckpoint(documentId: string, atOrBefore?: number): Promise<Checkpoint | undefined>;
  saveCheckpoint(checkpoint: Checkpoint): Promise<void>;
  listClientBindings(documentId: string): Promise<ClientBinding[]>;

  createVersion(version: VersionRecord): Promise<void>;
  /** Newest first. */
  listVersions(documentId: string): Promise<VersionRecord[]>;
  findVersion(id: string): Promise<VersionRecord | undefined>;

  saveVisit(visit: VisitRecord): Promise<void>;
  findVisit(documentId: string, userId: string): Promise<VisitRecord | undefined>;
}
