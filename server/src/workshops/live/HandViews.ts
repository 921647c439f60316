import { ERASED_ACCOUNT_NAME, type HandView } from '@roundtable/shared';
import type { UserStore } from '../../store/UserStore.ts';
import type { HandRecord, TurnRecord, WorkshopHandStore } from '../../store/WorkshopHandStore.ts';

const iso = (at: number) => new Date(at).toISOString();

/** People in the room are known only by the name typed for them, so the same name is the same person. */
const sameName = (name: string) => name.trim().toLocaleLowerCase('en-GB');

/**
 * Hands as everyone sees them: members by the name they have now, people in the room by
 * the name the facilitator typed, and whether each has been called to speak before.
 */
export class HandViews {
  constructor(
    private readonly handStore: WorkshopHandStore,
    private readonly userStore: UserStore,
  ) {}

  /** The workshop's queue, in the order hands went up. */
  async queue(workshopId: string): Promise<HandView[]> {
    const [hands, turns] = await Promise.all([
      this.handStore.listHands(workshopId),
      this.handStore.listTurns(workshopId),
    ]);
    return this.views(hands, turns);
  }

  /** The queue now, and one hand that changed (perhaps no longer in it) as the queue shows hands. */
  async queueAnd(workshopId: string, changed: HandRecord): Promise<{ queue: HandView[]; changed: HandView }> {
    const [hands, turns] = await Promise.all([
      this.handStore.listHands(workshopId),
      this.handStore.listTurns(workshopId),
    ]);
    const views = await this.views([...hands, changed], turns);
    const view = views.pop();
    if (!view) throw new Error('The changed hand always has a view');
    return { queue: views, changed: view };
  }

  private async views(hands: readonly HandRecord[], turns: readonly TurnRecord[]): Promise<HandView[]> {
    const memberIds = hands.flatMap((hand) => (hand.userId === null ? [] : [hand.userId]));
    const names = new Map(
      (await this.userStore.listPeopleNames([...new Set(memberIds)])).map((person) => [person.id, person.displayName]),
    );
    const spokeMembers = new Set(turns.flatMap((turn) => (turn.userId === null ? [] : [turn.userId])));
    const spokeInRoom = new Set(turns.flatMap((turn) => (turn.inRoomName === null ? [] : [sameName(turn.inRoomName)])));
    return hands.map((hand) => ({
      id: hand.id,
      userId: hand.userId,
      name: hand.userId === null ? (hand.inRoomName ?? '') : (names.get(hand.userId) ?? ERASED_ACCOUNT_NAME),
      inRoom: hand.userId === null,
      raisedAt: iso(hand.raisedAt),
      hasSpoken:
        hand.userId === null ? spokeInRoom.has(sameName(hand.inRoomName ?? '')) : spokeMembers.has(hand.userId),
    }));
  }
}
