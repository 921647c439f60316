import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addMember, addProjectWithDocument, addWorkshop, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';
import type { HandRecord } from './WorkshopHandStore.ts';

const LIMIT = 50;

/** The contract every WorkshopHandStore passes. */
describe.each(contractStores)('%s workshop hand store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  /** A running workshop with a lead and three members. */
  async function runningWorkshop() {
    const place = await addProjectWithDocument(stores);
    const workshopId = await addWorkshop(stores, place, 'running');
    const [ada, sam, kim] = await Promise.all(['Ada', 'Sam', 'Kim'].map((n) => addMember(stores, place.projectId, n)));
    if (!ada || !sam || !kim) throw new Error('three members');
    return { ...place, workshopId, ada, sam, kim };
  }

  const own = (workshopId: string, userId: string, raisedAt = now): Omit<HandRecord, 'position'> => ({
    id: randomUUID(),
    workshopId,
    userId,
    inRoomName: null,
    raisedBy: userId,
    raisedAt,
  });
  const inRoom = (workshopId: string, name: string, by: string): Omit<HandRecord, 'position'> => ({
    id: randomUUID(),
    workshopId,
    userId: null,
    inRoomName: name,
    raisedBy: by,
    raisedAt: now,
  });
  const whose = (hands: HandRecord[]) => hands.map((hand) => hand.userId ?? hand.inRoomName);

  it('keeps hands in the order they went up, each member once, with people in the room among them', async () => {
    const { workshopId, lead, ada, sam } = await runningWorkshop();
    const first = await stores.hands.raiseHand(own(workshopId, sam), LIMIT);
    expect(first).toMatchObject({ raised: true, hand: { userId: sam, position: 0 } });
    await stores.hands.raiseHand(inRoom(workshopId, 'Mary', lead), LIMIT);
    await stores.hands.raiseHand(own(workshopId, ada), LIMIT);
    await stores.hands.raiseHand(inRoom(workshopId, 'Mary', lead), LIMIT);

    const again = await stores.hands.raiseHand(own(workshopId, sam, now + 10), LIMIT);
    expect(again).toEqual({ raised: false, hand: first?.hand });
    const hands = await stores.hands.listHands(workshopId);
    expect(whose(hands)).toEqual([sam, 'Mary', ada, 'Mary']);
    expect(hands[1]).toMatchObject({ userId: null, inRoomName: 'Mary', raisedBy: lead, raisedAt: now });
    expect(await stores.hands.findHandOf(workshopId, sam)).toEqual(first?.hand);
    expect(await stores.hands.findHand(workshopId, hands[2]?.id ?? '')).toEqual(hands[2]);
    expect(await stores.hands.findHand(randomUUID(), hands[2]?.id ?? '')).toBeUndefined();
    expect(await stores.hands.listHands(randomUUID())).toEqual([]);
  });

  it('gives hands raised at the same moment places of their own, up to a limit', async () => {
    const { workshopId, lead } = await runningWorkshop();
    const names = Array.from({ length: 8 }, (_, n) => `Person ${n}`);
    const results = await Promise.all(names.map((name) => stores.hands.raiseHand(inRoom(workshopId, name, lead), 6)));
    expect(results.filter((result) => result === undefined)).toHaveLength(2);
    const positions = (await stores.hands.listHands(workshopId)).map((hand) => hand.position);
    expect(positions).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('lowers a hand once, and a lowered hand goes to the back when raised again', async () => {
    const { workshopId, ada, sam } = await runningWorkshop();
    const adaHand = (await stores.hands.raiseHand(own(workshopId, ada), LIMIT))?.hand;
    await stores.hands.raiseHand(own(workshopId, sam), LIMIT);
    expect(await stores.hands.lowerHand(workshopId, adaHand?.id ?? '')).toEqual(adaHand);
    expect(await stores.hands.lowerHand(workshopId, adaHand?.id ?? '')).toBeUndefined();
    expect(await stores.hands.findHandOf(workshopId, ada)).toBeUndefined();
    await stores.hands.raiseHand(own(workshopId, ada), LIMIT);
    expect(whose(await stores.hands.listHands(workshopId))).toEqual([sam, ada]);
  });

  it('records a turn when a hand is called, once however many call it', async () => {
    const { workshopId, lead, ada, sam } = await runningWorkshop();
    const samHand = (await stores.hands.raiseHand(own(workshopId, sam), LIMIT))?.hand;
    const maryHand = (await stores.hands.raiseHand(inRoom(workshopId, 'Mary', lead), LIMIT))?.hand;
    await stores.hands.raiseHand(own(workshopId, ada), LIMIT);

    const calls = await Promise.all(
      [1, 2, 3].map((n) =>
        stores.hands.callHand(workshopId, samHand?.id ?? '', { id: randomUUID(), calledBy: lead, calledAt: now + n }),
      ),
    );
    expect(calls.filter((call) => call !== undefined)).toEqual([samHand]);
    await stores.hands.callHand(workshopId, maryHand?.id ?? '', {
      id: randomUUID(),
      calledBy: lead,
      calledAt: now + 9,
    });
    expect(whose(await stores.hands.listHands(workshopId))).toEqual([ada]);
    const turns = await stores.hands.listTurns(workshopId);
    expect(turns.map((turn) => [turn.userId, turn.inRoomName, turn.calledBy])).toEqual([
      [sam, null, lead],
      [null, 'Mary', lead],
    ]);
    expect(turns[1]?.calledAt).toBe(now + 9);
    expect(await stores.hands.listTurns(randomUUID())).toEqual([]);
  });

  it('keeps each workshop’s queue apart, and forgets it with the workshop', async () => {
    const first = await runningWorkshop();
    const second = await runningWorkshop();
    await stores.hands.raiseHand(own(first.workshopId, first.ada), LIMIT);
    await stores.hands.raiseHand(own(second.workshopId, second.sam), LIMIT);
    const hand = (await stores.hands.listHands(second.workshopId))[0];
    expect(await stores.hands.lowerHand(first.workshopId, hand?.id ?? '')).toBeUndefined();
    expect(whose(await stores.hands.listHands(first.workshopId))).toEqual([first.ada]);
    await stores.hands.callHand(first.workshopId, (await stores.hands.listHands(first.workshopId))[0]?.id ?? '', {
      id: randomUUID(),
      calledBy: first.lead,
      calledAt: now,
    });
    await stores.workshops.deleteWorkshop(first.workshopId);
    expect(await stores.hands.listHands(first.workshopId)).toEqual([]);
    expect(await stores.hands.listTurns(first.workshopId)).toEqual([]);
    expect(whose(await stores.hands.listHands(second.workshopId))).toEqual([second.sam]);
  });
});
