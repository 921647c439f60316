import type { Membership, User } from '@roundtable/shared';

/** What Hocuspocus carries for each connection: set at upgrade, completed at authentication. */
export interface CollaborationContext {
  user: User;
  sessionTokenHash: string;
  sessionExpiresAt: number;
  socketId: string;
  /** Set by MembershipExtension once the person is known to be a member. */
  membership?: Membership;
  documentId?: string;
}
