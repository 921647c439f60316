import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import {
  addDocument,
  addMember,
  addPerson,
  addProjectWithDocument,
  contractNow as now,
} from '../testing/storeFixtures.ts';
import type { NewLoggedUpdate } from './DocumentLogStore.ts';
import type { Stores } from './Stores.ts';

/** The contract every DocumentLogStore passes. */
describe.each(contractStores)('%s document log store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  const update = (fields: Pick<NewLoggedUpdate, 'documentId' | 'userId' | 'createdAt'> & Partial<NewLoggedUpdate>) => ({
    onBehalfOf: null,
    clientIds: [],
    update: new Uint8Array([2]),
    restoredVersionId: null,
    ...fields,
  });

  it('appends updates in order with their authors and binds each new client id to its first writer', async () => {
    const log = stores.log;
    const { documentId } = await addProjectWithDocument(stores);
    const ada = await addPerson(stores, 'ada');
    const sam = await addPerson(stores, 'sam');
    const first = await log.appendUpdate(
      update({ documentId, userId: ada, clientIds: [7], update: new Uint8Array([3]), createdAt: now + 1 }),
    );
    const second = await log.appendUpdate(
      update({
        documentId,
        userId: sam,
        onBehalfOf: ada,
        clientIds: [8],
        update: new Uint8Array([4]),
        createdAt: now + 2,
      }),
    );
    // A later claim on client id 7 does not move it from Ada.
    await log.appendUpdate(
      update({ documentId, userId: sam, clientIds: [7], update: new Uint8Array([5]), createdAt: now + 3 }),
    );
    expect(second).toBeGreaterThan(first);

    const all = await log.listUpdatesAfter(documentId, 0);
    expect(all.map((u) => [u.userId, u.onBehalfOf, u.clientIds, [...u.update]])).toEqual([
      [null, null, [1], [1, 2]],
      [ada, null, [7], [3]],
      [sam, ada, [8], [4]],
      [sam, null, [7], [5]],
    ]);
    expect((await log.listUpdatesAfter(documentId, first)).map((u) => u.id)).toEqual([second, expect.any(Number)]);
    expect(new Map((await log.listClientBindings(documentId)).map((b) => [b.clientId, b.userId]))).toEqual(
      new Map([
        [1, null],
        [7, ada],
        [8, sam],
      ]),
    );
  });

  it('binds a claimed client id to the first person who claims it, and keeps that binding', async () => {
    const log = stores.log;
    const { documentId } = await addProjectWithDocument(stores);
    const ada = await addPerson(stores, 'ada');
    const sam = await addPerson(stores, 'sam');
    expect(await log.bindClient(documentId, 77, ada, now)).toBe(ada);
    expect(await log.bindClient(documentId, 77, sam, now + 1)).toBe(ada);
    // A later write with the id keeps the first binding too.
    await log.appendUpdate(update({ documentId, userId: sam, createdAt: now + 2, clientIds: [77, 78] }));
    expect(await log.listClientBindings(documentId)).toEqual(
      expect.arrayContaining([
        { clientId: 77, userId: ada, boundAt: now },
        { clientId: 78, userId: sam, boundAt: now + 2 },
      ]),
    );
  });

  it('returns the latest checkpoint, or the latest at or before a point in the log', async () => {
    const log = stores.log;
    const { documentId } = await addProjectWithDocument(stores);
    expect(await log.latestCheckpoint(documentId)).toBeUndefined();
    await log.saveCheckpoint({ documentId, upToUpdateId: 3, state: new Uint8Array([9]), createdAt: now });
    await log.saveCheckpoint({ documentId, upToUpdateId: 9, state: new Uint8Array([8, 8]), createdAt: now });
    const latest = await log.latestCheckpoint(documentId);
    expect(latest?.upToUpdateId).toBe(9);
    expect([...(latest?.state ?? [])]).toEqual([8, 8]);
    expect((await log.latestCheckpoint(documentId, 8))?.upToUpdateId).toBe(3);
    expect((await log.latestCheckpoint(documentId, 9))?.upToUpdateId).toBe(9);
    expect(await log.latestCheckpoint(documentId, 2)).toBeUndefined();
  });

  it('lists updates between two points in the log, and which version an update restored', async () => {
    const log = stores.log;
    const { lead, documentId } = await addProjectWithDocument(stores);
    const ids: number[] = [];
    for (const n of [1, 2, 3]) {
      ids.push(
        await log.appendUpdate(update({ documentId, userId: lead, update: new Uint8Array([n]), createdAt: now + n })),
      );
    }
    const [first, second, third] = ids as [number, number, number];
    expect(await log.latestUpdateId(documentId)).toBe(third);
    expect(await log.latestUpdateId('no-such-document')).toBe(0);
    expect((await log.listUpdatesAfter(documentId, first, second)).map((u) => u.id)).toEqual([second]);
    expect((await log.listUpdatesAfter(documentId, first)).map((u) => u.id)).toEqual([second, third]);

    await stores.versions.createVersion({
      id: 'v1',
      documentId,
      name: 'Draft for workshop 2',
      kind: 'named',
      upToUpdateId: second,
      createdBy: lead,
      createdAt: now + 10,
    });
    const restore = await log.appendUpdate(
      update({ documentId, userId: lead, update: new Uint8Array([4]), createdAt: now + 11, restoredVersionId: 'v1' }),
    );
    expect((await log.listUpdatesAfter(documentId, third)).map((u) => [u.id, u.restoredVersionId])).toEqual([
      [restore, 'v1'],
    ]);
  });

  it('counts others’ changes per document and person after a time, leaving out comment anchors and other projects', async () => {
    const log = stores.log;
    const { lead, projectId, documentId } = await addProjectWithDocument(stores);
    const sam = await addMember(stores, projectId, 'Sam');
    const bea = await addMember(stores, projectId, 'Bea');
    const other = await addDocument(stores, projectId, lead, 'Other');
    const elsewhere = await addDocument(stores, (await addProjectWithDocument(stores)).projectId, lead, 'Elsewhere');
    const append = (document: string, userId: string, createdAt: number, commentAnchorsOnly = false) =>
      log.appendUpdate(update({ documentId: document, userId, createdAt, commentAnchorsOnly }));
    await append(documentId, sam, now - 1);
    await append(documentId, sam, now + 1);
    await append(documentId, sam, now + 2);
    await append(documentId, bea, now + 3);
    await append(documentId, bea, now + 4, true);
    await append(other, lead, now + 4);
    await append(elsewhere, sam, now + 5);
    const changes = await log.listDocumentChanges(projectId, now, lead);
    expect(
      changes.map((c) => [c.documentId, c.userId, c.changes, c.lastAt]).sort((a, b) => Number(a[3]) - Number(b[3])),
    ).toEqual([
      [documentId, sam, 2, now + 2],
      [documentId, bea, 1, now + 3],
    ]);
  });
});
