import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addMember, addPerson, addProject, contractNow as now } from '../testing/storeFixtures.ts';
import type { AccessNeedsRecord } from './AccessNeedsStore.ts';
import type { Stores } from './Stores.ts';

/** The contract every AccessNeedsStore passes. */
describe.each(contractStores)('%s access needs store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  const record = (userId: string, fields: Partial<AccessNeedsRecord> = {}): AccessNeedsRecord => ({
    userId,
    needs: ['large-print', 'breaks'],
    otherNeeds: 'A seat near the door',
    showName: false,
    consentedAt: now,
    ...fields,
  });

  it('keeps one record per person, replaced whole by each save', async () => {
    const ada = await addPerson(stores, 'Ada');
    expect(await stores.accessNeeds.findAccessNeeds(ada)).toBeUndefined();
    await stores.accessNeeds.saveAccessNeeds(record(ada));
    expect(await stores.accessNeeds.findAccessNeeds(ada)).toEqual(record(ada));

    const changed = record(ada, { needs: ['hearing-loop'], otherNeeds: null, showName: true, consentedAt: now + 5 });
    await stores.accessNeeds.saveAccessNeeds(changed);
    expect(await stores.accessNeeds.findAccessNeeds(ada)).toEqual(changed);
  });

  it('removes a record entirely, and says whether there was one', async () => {
    const [ada, sam] = [await addPerson(stores, 'Ada'), await addPerson(stores, 'Sam')];
    await stores.accessNeeds.saveAccessNeeds(record(ada));
    await stores.accessNeeds.saveAccessNeeds(record(sam));
    expect(await stores.accessNeeds.deleteAccessNeeds(ada)).toBe(true);
    expect(await stores.accessNeeds.deleteAccessNeeds(ada)).toBe(false);
    expect(await stores.accessNeeds.findAccessNeeds(ada)).toBeUndefined();
    expect(await stores.accessNeeds.findAccessNeeds(sam)).toEqual(record(sam));
  });

  it('lists the records of a project’s current members only, with their names', async () => {
    const lead = await addPerson(stores, 'Lena');
    const projectId = await addProject(stores, lead);
    const otherProject = await addProject(stores, lead, 'Q');
    const ada = await addMember(stores, projectId, 'Ada');
    const sam = await addMember(stores, projectId, 'Sam');
    const kim = await addMember(stores, otherProject, 'Kim');
    const leaver = await addMember(stores, projectId, 'Lou');
    for (const userId of [lead, ada, kim, leaver]) await stores.accessNeeds.saveAccessNeeds(record(userId));
    await stores.projects.removeMember(projectId, leaver, now);

    const listed = await stores.accessNeeds.listProjectAccessNeeds(projectId);
    expect(listed.map((entry) => entry.displayName).sort()).toEqual(['Ada', 'Lena']);
    expect(listed.find((entry) => entry.userId === ada)).toEqual({ ...record(ada), displayName: 'Ada' });
    expect(listed.some((entry) => entry.userId === sam)).toBe(false);
    const other = await stores.accessNeeds.listProjectAccessNeeds(otherProject);
    expect(other.map((entry) => entry.displayName).sort()).toEqual(['Kim', 'Lena']);
    expect(other.find((entry) => entry.userId === kim)).toEqual({ ...record(kim), displayName: 'Kim' });
  });
});
