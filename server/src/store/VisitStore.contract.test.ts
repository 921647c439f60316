import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addProjectWithDocument, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';

/** The contract every VisitStore passes. */
describe.each(contractStores)('%s visit store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  it('remembers what each person last saw of a document', async () => {
    const visits = stores.visits;
    const { lead, documentId } = await addProjectWithDocument(stores);
    expect(await visits.findVisit(documentId, lead)).toBeUndefined();
    await visits.saveVisit({ documentId, userId: lead, lastSeenUpdateId: 4, lastSeenAt: now });
    await visits.saveVisit({ documentId, userId: lead, lastSeenUpdateId: 9, lastSeenAt: now + 5 });
    expect(await visits.findVisit(documentId, lead)).toEqual({
      documentId,
      userId: lead,
      lastSeenUpdateId: 9,
      lastSeenAt: now + 5,
    });
  });

  it('keeps project visits', async () => {
    const visits = stores.visits;
    const { lead, projectId } = await addProjectWithDocument(stores);
    expect(await visits.findProjectVisit(projectId, lead)).toBeUndefined();
    await visits.saveProjectVisit({ projectId, userId: lead, sinceAt: null, lastAt: now });
    expect(await visits.findProjectVisit(projectId, lead)).toEqual({
      projectId,
      userId: lead,
      sinceAt: null,
      lastAt: now,
    });
    await visits.saveProjectVisit({ projectId, userId: lead, sinceAt: now, lastAt: now + 1 });
    expect(await visits.findProjectVisit(projectId, lead)).toMatchObject({ sinceAt: now, lastAt: now + 1 });
  });
});
