/**
 * A hand up in a running workshop. Times are milliseconds since the epoch.
 * Exactly one of `userId` and `inRoomName` is set.
 */
export interface HandRecord {
  id: string;
  workshopId: string;
  /** The member whose hand it is; null for someone in the room without a device. */
  userId: string | null;
  /** The name the facilitator typed for someone in the room; null for a member. */
  inRoomName: string | null;
  /** The member themselves, or the facilitator who added someone in the room. */
  raisedBy: string;
  raisedAt: number;
  /** Order in the queue: a hand that went up later has a higher position. */
  position: number;
}

/** Someone called to speak: whose turn it was, and who called them. */
export interface TurnRecord {
  id: string;
  workshopId: string;
  userId: string | null;
  inRoomName: string | null;
  calledBy: string;
  calledAt: number;
}

/**
 * Hands in running workshops and who was called to speak. Changes to one workshop's
 * queue are made one at a time, so hands raised together each get a place of their own
 * and a hand is never called twice. Every store passes WorkshopHandStore.contract.test.ts.
 */
export interface WorkshopHandStore {
  /**
   * Puts the hand at the end of the queue. A member whose hand is already up keeps its
   * place: nothing changes, and the hand already up is returned with `raised: false`.
   * Undefined, changing nothing, when the queue already has `limit` hands.
   */
  raiseHand(
    hand: Omit<HandRecord, 'position'>,
    limit: number,
  ): Promise<{ hand: HandRecord; raised: boolean } | undefined>;
  /** The workshop's hands in the order they went up. */
  listHands(workshopId: string): Promise<HandRecord[]>;
  findHand(workshopId: string, handId: string): Promise<HandRecord | undefined>;
  /** The member's hand, if it is up. */
  findHandOf(workshopId: string, userId: string): Promise<HandRecord | undefined>;
  /** Takes the hand down: the hand as it was, or undefined when it was not up. */
  lowerHand(workshopId: string, handId: string): Promise<HandRecord | undefined>;
  /**
   * Takes the hand down and records its owner's turn to speak, together. Undefined,
   * recording nothing, when the hand is no longer up (someone called or lowered it first).
   */
  callHand(
    workshopId: string,
    handId: string,
    turn: Pick<TurnRecord, 'id' | 'calledBy' | 'calledAt'>,
  ): Promise<HandRecord | undefined>;
  /** Everyone called to speak in the workshop, first called first. */
  listTurns(workshopId: string): Promise<TurnRecord[]>;
}
