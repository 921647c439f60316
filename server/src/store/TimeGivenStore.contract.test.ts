import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addMember, addProjectWithDocument, addWorkshop, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';
import type { AttendancePeriodRecord } from './TimeGivenStore.ts';

const MINUTE = 60_000;

/** The contract every TimeGivenStore passes. */
describe.each(contractStores)('%s time given store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  async function workshopWithMember() {
    const place = await addProjectWithDocument(stores);
    const workshopId = await addWorkshop(stores, place, 'running');
    const ada = await addMember(stores, place.projectId, 'Ada');
    return { ...place, workshopId, ada };
  }

  const period = (workshopId: string, change: Partial<AttendancePeriodRecord>): AttendancePeriodRecord => ({
    id: randomUUID(),
    workshopId,
    userId: null,
    inRoomName: null,
    source: 'device',
    fromAt: now,
    toAt: null,
    seenAt: now,
    tickedBy: null,
    ...change,
  });

  it('keeps periods, closes each once and notes which are still going on', async () => {
    const { workshopId, ada, lead } = await workshopWithMember();
    const open = period(workshopId, { userId: ada });
    const ticked = period(workshopId, {
      inRoomName: 'Mo from the day centre',
      source: 'in-room',
      fromAt: now + 5 * MINUTE,
      seenAt: now + 5 * MINUTE,
      tickedBy: lead,
    });
    await stores.timeGiven.openPeriod(open);
    await stores.timeGiven.openPeriod(ticked);

    await stores.timeGiven.markSeen([open.id], now + 2 * MINUTE);
    await stores.timeGiven.closePeriod(open.id, now + 3 * MINUTE);
    // A period ends once: a later close, or a late note that it was seen, changes nothing.
    await stores.timeGiven.closePeriod(open.id, now + 9 * MINUTE);
    await stores.timeGiven.markSeen([open.id], now + 9 * MINUTE);
    await stores.timeGiven.closeInRoomPeriods(workshopId, now + 20 * MINUTE);

    expect(await stores.timeGiven.listPeriods(workshopId)).toEqual([
      { ...open, toAt: now + 3 * MINUTE, seenAt: now + 3 * MINUTE },
      { ...ticked, toAt: now + 20 * MINUTE, seenAt: now + 20 * MINUTE },
    ]);
  });

  it('keeps each person’s own hours and removes only their own', async () => {
    const { projectId, ada, lead } = await workshopWithMember();
    const entry = (userId: string, workedOn: string) => ({
      id: randomUUID(),
      projectId,
      userId,
      workedOn,
      minutes: 90,
      description: 'Read the draft and wrote to the group',
      createdAt: now,
    });
    const later = entry(ada, '2026-11-20');
    const earlier = entry(ada, '2026-11-02');
    const leads = entry(lead, '2026-11-10');
    for (const each of [later, earlier, leads]) await stores.timeGiven.addEntry(each);

    expect(await stores.timeGiven.listEntries(projectId, ada)).toEqual([earlier, later]);
    expect((await stores.timeGiven.listEntries(projectId)).map((each) => each.id)).toEqual([
      earlier.id,
      leads.id,
      later.id,
    ]);
    expect(await stores.timeGiven.removeEntry(projectId, lead, later.id)).toBe(false);
    expect(await stores.timeGiven.removeEntry(projectId, ada, later.id)).toBe(true);
    expect(await stores.timeGiven.listEntries(projectId, ada)).toEqual([earlier]);
  });

  it('remembers who shares the time they gave, and forgets when they stop', async () => {
    const { projectId, ada, lead } = await workshopWithMember();
    await stores.timeGiven.setSharing(projectId, ada, true, now);
    await stores.timeGiven.setSharing(projectId, ada, true, now + MINUTE);
    await stores.timeGiven.setSharing(projectId, lead, true, now);
    await stores.timeGiven.setSharing(projectId, lead, false, now);
    expect(await stores.timeGiven.listSharing(projectId)).toEqual([ada]);
  });
});
