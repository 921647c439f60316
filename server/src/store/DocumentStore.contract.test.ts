import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addDocument, addProjectWithDocument, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';

/** The contract every DocumentStore passes. */
describe.each(contractStores)('%s document store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  it('creates a document with its first update and client bindings in its log', async () => {
    const { lead, projectId, documentId } = await addProjectWithDocument(stores);
    expect(await stores.documents.findDocument(documentId)).toEqual({
      id: documentId,
      projectId,
      title: 'Strategy',
      template: 'blank',
      createdBy: lead,
      createdAt: now,
      archivedAt: null,
    });
    expect(
      (await stores.log.listUpdatesAfter(documentId, 0)).map((u) => [u.userId, u.clientIds, [...u.update]]),
    ).toEqual([[null, [1], [1, 2]]]);
    expect(await stores.log.listClientBindings(documentId)).toEqual([
      expect.objectContaining({ clientId: 1, userId: null }),
    ]);
    expect(await stores.documents.findDocument('missing')).toBeUndefined();
  });

  it('lists, renames and archives documents, with the time of their last change', async () => {
    const { lead, projectId, documentId } = await addProjectWithDocument(stores);
    await stores.log.appendUpdate({
      documentId,
      userId: lead,
      onBehalfOf: null,
      clientIds: [],
      update: new Uint8Array([1]),
      createdAt: now + 50,
      restoredVersionId: null,
    });
    await stores.documents.updateDocument(documentId, { title: 'Renamed', archivedAt: now + 60 });
    const [listed] = await stores.documents.listDocuments(projectId);
    expect(listed).toMatchObject({ id: documentId, title: 'Renamed', archivedAt: now + 60, updatedAt: now + 50 });
    await stores.documents.updateDocument(documentId, { archivedAt: null });
    expect((await stores.documents.findDocument(documentId))?.archivedAt).toBeNull();
  });

  it('lists only the project’s documents, newest first', async () => {
    const { lead, projectId, documentId } = await addProjectWithDocument(stores);
    const { projectId: otherProject } = await addProjectWithDocument(stores);
    await addDocument(stores, otherProject, lead, 'Elsewhere');
    const later = randomUUID();
    await stores.documents.createDocument(
      {
        id: later,
        projectId,
        title: 'Later',
        template: 'blank',
        createdBy: lead,
        createdAt: now + 1,
        archivedAt: null,
      },
      {
        documentId: later,
        userId: null,
        onBehalfOf: null,
        clientIds: [2],
        update: new Uint8Array([3]),
        createdAt: now + 1,
        restoredVersionId: null,
      },
      [{ clientId: 2, userId: null }],
    );
    expect((await stores.documents.listDocuments(projectId)).map((d) => [d.id, d.updatedAt])).toEqual([
      [later, now + 1],
      [documentId, now],
    ]);
  });
});
