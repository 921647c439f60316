import { COLLABORATION_FIELD, isSectionId, SECTION_ID_ATTRIBUTE, type VersionResponse } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import { useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';
import { startTestServer } from '../testing/startTestServer.ts';
import { TestPerson } from '../testing/TestPerson.ts';
import { decodeUpdate } from './DecodedUpdate.ts';

const headings = (doc: Y.Doc) =>
  doc
    .getXmlFragment(COLLABORATION_FIELD)
    .toArray()
    .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.nodeName === 'heading');
const idsOf = (doc: Y.Doc) => headings(doc).map((heading) => heading.getAttribute(SECTION_ID_ATTRIBUTE));

describe('section ids of a document stored before headings had them', () => {
  const kit = useCollaborationServer();

  /** Rewrites the stored document so some headings have no id and one repeats another's, as older content would. */
  async function storeWithoutSomeIds(documentId: string, writerId: string): Promise<Array<string | undefined>> {
    await kit.server.stop();
    const stores = SqliteStore.open(kit.server.databaseFile);
    const stored = new Y.Doc();
    for (const logged of await stores.log.listUpdatesAfter(documentId, 0)) Y.applyUpdate(stored, logged.update);
    const before = Y.encodeStateVector(stored);
    const [, second, third, fourth, fifth] = headings(stored);
    second?.removeAttribute(SECTION_ID_ATTRIBUTE);
    fifth?.removeAttribute(SECTION_ID_ATTRIBUTE);
    fourth?.setAttribute(SECTION_ID_ATTRIBUTE, third?.getAttribute(SECTION_ID_ATTRIBUTE) as string);
    const old = decodeUpdate(Y.encodeStateAsUpdate(stored, before));
    await stores.log.appendUpdate({
      documentId,
      userId: writerId,
      onBehalfOf: null,
      clientIds: [...old.clientIds],
      update: old.bytes,
      createdAt: Date.now(),
      restoredVersionId: null,
    });
    await stores.close();
    return idsOf(stored);
  }

  async function restart(): Promise<TestPerson> {
    kit.server = await startTestServer(kit.server.databaseFile);
    const ada = new TestPerson(kit.server.url, 'Ada');
    await ada.signIn();
    return ada;
  }

  it('get ids on their next load, as the server’s own change, kept across restarts and through a restore', async () => {
    const { sam, projectId, name, documentId } = await kit.sharedDocument();
    const stored = await storeWithoutSomeIds(documentId, sam.id);
    expect(stored.filter((id) => id === undefined)).toHaveLength(2);

    let ada = await restart();
    const base = `/api/projects/${projectId}/documents/${documentId}`;
    // A version of the content as stored, named before anyone opened the document.
    const { version } = await ada.expectOk<VersionResponse>('POST', `${base}/versions`, { name: 'As stored' });
    const firstVisit = kit.connect(name, ada.cookie);
    await firstVisit.synced;
    const ids = idsOf(firstVisit.ydoc);
    expect(ids.every(isSectionId)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Headings that had an id of their own keep it; of the two sharing one, the first keeps it.
    for (const index of [0, 2, 5, 6]) expect(ids[index]).toBe(stored[index]);
    expect(ids[3]).not.toBe(stored[3]);

    // Restoring the version stored without ids keeps the sections' ids: the headings have the same words.
    const restore = await ada.request('POST', `${base}/versions/${version.id}/restore`, {});
    expect(restore.status).toBe(200);
    await eventually(() => firstVisit.provider.unsyncedChanges === 0, 'Ada is up to date');
    expect(idsOf(firstVisit.ydoc)).toEqual(ids);
    firstVisit.destroy();

    const logged = await kit.stopAndReadLog(documentId);
    const repairs = logged.filter((update) => update.userId === null);
    // The template and the repair on load: the server's own changes, credited to nobody.
    expect(repairs).toHaveLength(2);

    ada = await restart();
    const secondVisit = kit.connect(name, ada.cookie);
    await secondVisit.synced;
    expect(idsOf(secondVisit.ydoc)).toEqual(ids);
    const afterRestart = await kit.stopAndReadLog(documentId);
    // Nothing more to repair: the ids were kept in the log.
    expect(afterRestart).toHaveLength(logged.length);
  });
});
