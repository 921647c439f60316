import type { JoinRequestState, Perspective } from '@roundtable/shared';
import type { NewMembershipRecord } from './ProjectStore.ts';
import type { UserRecord } from './UserStore.ts';

/** A workshop's link, kept as the hash of its secret. Times are milliseconds since the epoch. */
export interface WorkshopLinkRecord {
  id: string;
  workshopId: string;
  tokenHash: string;
  maxUses: number;
  /** People who have asked to join through it. */
  uses: number;
  createdBy: string;
  createdAt: number;
  /** When it was stopped (by hand, or by a new link); null while it works. */
  revokedAt: number | null;
  revokedBy: string | null;
}

/** Someone who asked to join a workshop through its link. */
export interface JoinRequestRecord {
  id: string;
  linkId: string;
  workshopId: string;
  /** The hash of the secret the asking browser keeps. */
  waitingTokenHash: string;
  /** Whoever asked while signed in, or the account made when a new person was let in; null until then. */
  userId: string | null;
  /** They asked while signed in to an account they already had. */
  hadAccount: boolean;
  displayName: string;
  perspective: Perspective;
  /** For a new person who wants to come back later: the account's email and password hash, until let in or turned away. */
  email: string | null;
  passwordHash: string | null;
  state: JoinRequestState;
  askedAt: number;
  decidedAt: number | null;
  decidedBy: string | null;
  /** When the asking browser picked up its admission. */
  enteredAt: number | null;
}

export type AddRequestOutcome = 'added' | 'used-up' | 'stopped';
export type AdmitOutcome = 'admitted' | 'not-waiting' | 'email-taken';

/**
 * Workshop links and the people who asked to join through them. Every store passes
 * WorkshopJoinStore.contract.test.ts.
 */
export interface WorkshopJoinStore {
  /** Stores a new link for the workshop; any earlier link of the workshop stops, as if `link.createdBy` stopped it. */
  createLink(link: WorkshopLinkRecord): Promise<void>;
  findLinkByToken(tokenHash: string): Promise<WorkshopLinkRecord | undefined>;
  findLink(id: string): Promise<WorkshopLinkRecord | undefined>;
  /** The workshop's link that has not been stopped, if any. */
  findWorkingLink(workshopId: string): Promise<WorkshopLinkRecord | undefined>;
  setMaxUses(linkId: string, maxUses: number): Promise<void>;
  /**
   * Stops the link and closes the requests still waiting through it ('link-closed'),
   * together; false, changing nothing, when it was already stopped.
   */
  revokeLink(linkId: string, by: string, at: number): Promise<boolean>;

  /**
   * Records the request and counts it as a use of its link, together. Nothing is
   * recorded when the link has been stopped, or already used `maxUses` times.
   */
  addRequest(request: JoinRequestRecord): Promise<AddRequestOutcome>;
  findRequest(id: string): Promise<JoinRequestRecord | undefined>;
  findRequestByWaitingToken(tokenHash: string): Promise<JoinRequestRecord | undefined>;
  /** The workshop's requests in this state, in the order they were made. */
  listRequests(workshopId: string, state: JoinRequestState): Promise<JoinRequestRecord[]>;
  /** The request waiting from this account, if it has one for the workshop. */
  findWaitingRequestOf(workshopId: string, userId: string): Promise<JoinRequestRecord | undefined>;
  /**
   * Closes a waiting request (turned away, or withdrawn by the person), forgetting any
   * email and password hash; false when it was no longer waiting.
   */
  closeRequest(id: string, state: 'turned-away' | 'withdrawn', by: string | null, at: number): Promise<boolean>;
  /**
   * Lets the person in, all or nothing: makes `newAccount` first for someone new,
   * adds the membership and marks the request admitted (for the request's user, or the
   * new account). 'not-waiting' when someone decided first; 'email-taken' when another
   * account has the new account's email by now.
   */
  admit(
    requestId: string,
    newAccount: UserRecord | null,
    membership: NewMembershipRecord,
    by: string,
    at: number,
  ): Promise<AdmitOutcome>;
  /** The asking browser picks up its admission: true only the first time. */
  markEntered(requestId: string, at: number): Promise<boolean>;
}
