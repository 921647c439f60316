import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addProjectWithDocument, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';

/** The contract every VersionStore passes. */
describe.each(contractStores)('%s version store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  it('keeps versions, newest first, and finds one by id', async () => {
    const versions = stores.versions;
    const { lead, documentId } = await addProjectWithDocument(stores);
    const base = { documentId, createdBy: null, upToUpdateId: 1 } as const;
    await versions.createVersion({ ...base, id: 'a', name: 'Automatic', kind: 'automatic', createdAt: now + 1 });
    await versions.createVersion({
      ...base,
      id: 'b',
      name: 'Draft',
      kind: 'named',
      createdBy: lead,
      createdAt: now + 2,
    });
    expect((await versions.listVersions(documentId)).map((v) => v.id)).toEqual(['b', 'a']);
    expect(await versions.findVersion('b')).toEqual({
      ...base,
      id: 'b',
      name: 'Draft',
      kind: 'named',
      createdBy: lead,
      createdAt: now + 2,
    });
    expect(await versions.findVersion('missing')).toBeUndefined();
  });
});
