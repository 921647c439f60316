import type { DocumentAddress, Membership, User } from '@roundtable/shared';

/** What Hocuspocus carries for each connection: set at upgrade, completed at authentication. */
export interface CollaborationContext {
  user: User;
  sessionTokenHash: string;
  sessionExpiresAt: number;
  socketId: string;
  /** Set by MembershipExtension once the person is known to be a member. */
  membership?: Membership;
  /** The document this connection is for, read from its name once, when it is authenticated. */
  address?: DocumentAddress;
  /** Set while this person records what another member says; their updates are logged on that member's behalf. */
  recordingFor?: { id: string; name: string };
  /** Counts requests to start or stop recording, so a slow earlier one cannot override a later one. */
  recordingRequest?: number;
  /** While a workshop runs on the document: this connection's attendance period, once it is stored. */
  attendance?: Promise<string | undefined>;
  /** Set on the server's own connection for edits it makes for a person (restoring a version): they are logged already. */
  serverEdit?: true;
}
