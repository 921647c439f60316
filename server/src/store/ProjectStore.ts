import type { CreditAs, Perspective, Role } from '@roundtable/shared';

/** Times are milliseconds since the epoch. */
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
  /** Who joined with it. */
  usedBy: string | null;
  /** Set when a lead withdrew it before anyone used it. */
  withdrawnAt: number | null;
}

/** Projects, who is in them, who has left them, and invites to join. Every store passes ProjectStore.contract.test.ts. */
export interface ProjectStore {
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
  /** The project's invites nobody has used or withdrawn that have not expired at `now`, newest first. */
  listOpenInvites(projectId: string, now: number): Promise<InviteRecord[]>;
  /** Withdraws an unused invite of the project; false when there is no such invite or it was used or withdrawn. */
  withdrawInvite(projectId: string, tokenHash: string, at: number): Promise<boolean>;
  /** Marks an unused invite as used by this person; false if it was already used or withdrawn. */
  useInvite(tokenHash: string, userId: string, usedAt: number): Promise<boolean>;
}
