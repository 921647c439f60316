import { CloseCode, COLLABORATION_FIELD } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '../../store/sqlite/SqliteStore.ts';
import { textOf, typeParagraph, useCollaborationServer } from '../../testing/collaborationTestKit.ts';
import { eventually } from '../../testing/connectDocument.ts';

describe('AttributionExtension', () => {
  const kit = useCollaborationServer();

  it('refuses an update that writes with a client id bound to someone else, and does not log it', async () => {
    const { ada, sam, name, documentId } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    await adaTab.synced;
    typeParagraph(adaTab.ydoc, 'Ada wrote this');
    await eventually(() => kit.serverText(name).includes('Ada wrote this'), 'the server has Ada’s edit');

    // Sam forges Ada's client id so his words would be credited to her; the forged
    // content goes up in his first sync.
    const forgedDoc = new Y.Doc();
    forgedDoc.clientID = adaTab.ydoc.clientID;
    for (let i = 0; i < 5; i++) typeParagraph(forgedDoc, 'Words put in Ada’s mouth');
    const samTab = kit.connect(name, sam.cookie, { ydoc: forgedDoc });
    expect((await samTab.closed).code).toBe(CloseCode.ForgedClientId);

    expect(kit.serverText(name)).not.toContain('Words put in Ada’s mouth');
    expect(textOf(adaTab.ydoc)).not.toContain('Words put in Ada’s mouth');
    const logged = await kit.stopAndReadLog(documentId);
    expect(logged.filter((update) => update.userId === sam.id)).toHaveLength(0);
    expect(logged.some((update) => update.userId === ada.id && update.clientIds.includes(adaTab.ydoc.clientID))).toBe(
      true,
    );
  });

  it.each([
    ['words', (adasText: Y.XmlText) => adasText.insert(0, 'cut the budget, ')],
    ['a deletion', (adasText: Y.XmlText) => adasText.delete(0, 'keep the'.length)],
  ])('never lets %s aimed at someone’s unsent text be logged under their name', async (_what, sabotage) => {
    const { ada, sam, name, documentId } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    // Taken now: Ada's editor picks a new client id when its own words come back to it.
    const adasClientId = adaTab.ydoc.clientID;

    // Sam builds on what Ada is about to write (a paragraph at the start, in her client id)…
    const future = new Y.Doc();
    Y.applyUpdate(future, Y.encodeStateAsUpdate(samTab.ydoc));
    future.clientID = adasClientId;
    const beforeAda = Y.encodeStateVector(future);
    const adaParagraph = new Y.XmlElement('paragraph');
    adaParagraph.insert(0, [new Y.XmlText('keep the day centre open')]);
    future.getXmlFragment(COLLABORATION_FIELD).insert(0, [adaParagraph]);
    const adasUpdate = Y.encodeStateAsUpdate(future, beforeAda);
    future.clientID = samTab.ydoc.clientID;
    const withAda = Y.encodeStateVector(future);
    // …by changing her paragraph before it exists on the server.
    sabotage(adaParagraph.get(0) as Y.XmlText);
    const samsUpdate = Y.encodeStateAsUpdate(future, withAda);
    samTab.provider.boundDocumentUpdateHandler(samsUpdate, null);
    // Neither logged nor applied: Sam's device is asked for what the server lacks, and
    // its answer (it has nothing more) is acknowledged; the update itself never is.
    await eventually(() => samTab.provider.unsyncedChanges === 0, 'Sam’s device answers the request to resync');
    expect(kit.serverText(name)).not.toContain('cut the budget');

    adaTab.provider.boundDocumentUpdateHandler(adasUpdate, null);
    await eventually(() => kit.serverText(name).includes('keep the day centre open'), 'Ada’s words arrive');
    expect(kit.serverText(name)).not.toContain('cut the budget');
    expect(kit.serverText(name)).toContain('keep the day centre open');

    const logged = await kit.stopAndReadLog(documentId);
    const adas = logged.filter((update) => update.userId === ada.id);
    expect(adas.length).toBeGreaterThan(0);
    for (const update of adas) expect(update.clientIds).toEqual([adasClientId]);
    // Replaying the whole log gives exactly what Ada wrote, untouched.
    const replayed = new Y.Doc();
    for (const update of logged) Y.applyUpdate(replayed, update.update);
    expect(replayed.store.pendingStructs).toBeNull();
    expect(textOf(replayed)).toContain('keep the day centre open');
    expect(textOf(replayed)).not.toContain('cut the budget');
  });

  it('binds a client id seen in presence to its owner before they write, so nobody can take it', async () => {
    const { ada, sam, name, documentId } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    adaTab.provider.setAwarenessField('activity', { kind: 'reading' });
    const adasId = adaTab.ydoc.clientID;
    await eventually(() => samTab.provider.awareness?.getStates().has(adasId) === true, 'Sam sees Ada present');

    // Sam writes first with the id he saw, before Ada has written anything.
    const taken = new Y.Doc();
    Y.applyUpdate(taken, Y.encodeStateAsUpdate(samTab.ydoc));
    taken.clientID = adasId;
    typeParagraph(taken, 'Sam’s words under Ada’s id');
    const thief = kit.connect(name, sam.cookie, { ydoc: taken });
    expect((await thief.closed).code).toBe(CloseCode.ForgedClientId);

    // Ada's presence and editing carry on.
    typeParagraph(adaTab.ydoc, 'Ada writes after all');
    await eventually(() => kit.serverText(name).includes('Ada writes after all'), 'Ada’s words arrive');
    expect(samTab.provider.awareness?.getStates().has(adasId)).toBe(true);
    expect(kit.serverText(name)).not.toContain('Sam’s words under Ada’s id');
    const logged = await kit.stopAndReadLog(documentId);
    expect(logged.filter((update) => update.clientIds.includes(adasId)).map((update) => update.userId)).toEqual([
      ada.id,
    ]);
  });

  it('shares and binds presence only for the ids a device sent', async () => {
    const { ada, sam, name, documentId } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    const samsClock = () => adaTab.provider.awareness?.meta.get(samTab.ydoc.clientID)?.clock ?? -1;
    for (let moves = 0; moves < 5; moves++) {
      const clockBefore = samsClock();
      samTab.provider.setAwarenessField('activity', { kind: 'reading', moves });
      await eventually(() => samsClock() > clockBefore, 'Sam’s presence arrives');
    }
    adaTab.provider.setAwarenessField('activity', { kind: 'reading' });
    await eventually(() => samTab.provider.awareness?.getStates().has(adaTab.ydoc.clientID) === true, 'Ada’s arrives');

    const present = [adaTab.ydoc.clientID, samTab.ydoc.clientID].sort();
    const onServer = kit.server.roundtable.hocuspocus.documents.get(name)?.awareness.getStates();
    expect([...(onServer?.keys() ?? [])].sort()).toEqual(present);
    expect([...(adaTab.provider.awareness?.getStates().keys() ?? [])].sort()).toEqual(present);
    await kit.stopAndReadLog(documentId);
    const stores = SqliteStore.open(kit.server.databaseFile);
    const bindings = await stores.log.listClientBindings(documentId);
    await stores.close();
    const people = bindings.filter((binding) => binding.userId !== null);
    expect(people.map((binding) => binding.clientId).sort()).toEqual(present);
  });

  it('gives presence the signed-in identity, whatever the browser claims', async () => {
    const { ada, sam, name } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    const samsClock = () => adaTab.provider.awareness?.meta.get(samTab.ydoc.clientID)?.clock ?? -1;
    samTab.provider.setAwarenessField('activity', { kind: 'reading' });
    await eventually(() => samsClock() >= 0, 'Sam’s first presence arrives');
    const clockBefore = samsClock();

    samTab.provider.setAwarenessField('user', {
      id: ada.id,
      name: 'Ada',
      perspective: 'professional',
      color: '#000000',
    });
    await eventually(() => samsClock() > clockBefore, 'Sam’s claimed presence arrives');
    const seen = adaTab.provider.awareness?.getStates().get(samTab.ydoc.clientID)?.user;
    expect(seen).toMatchObject({ id: sam.id, name: 'Sam', perspective: 'professional' });
    expect(seen.color).not.toBe('#000000');
  });

  it('shows a changed perspective at once, by reconnecting the person who changed it', async () => {
    const { ada, sam, projectId, name } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    await sam.expectOk('PATCH', `/api/projects/${projectId}/me`, { perspective: 'both' });
    expect((await samTab.closed).code).toBe(CloseCode.AccessChanged);

    const again = kit.connect(name, sam.cookie);
    await again.synced;
    again.provider.setAwarenessField('activity', { kind: 'reading' });
    await eventually(
      () => adaTab.provider.awareness?.getStates().get(again.ydoc.clientID)?.user?.perspective === 'both',
      'Ada sees Sam’s new perspective',
    );
  });
});
