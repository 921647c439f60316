import { CloseCode, Limits } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite/SqliteStore.ts';
import { textOf, typeParagraph, useCollaborationServer } from '../../testing/collaborationTestKit.ts';
import { eventually } from '../../testing/connectDocument.ts';
import { startTestServer } from '../../testing/startTestServer.ts';
import { TestPerson } from '../../testing/TestPerson.ts';

describe('PersistenceExtension', () => {
  const kit = useCollaborationServer();

  it('keeps every accepted update through a server restart, attributed to its author', async () => {
    const { sam, name, documentId } = await kit.sharedDocument();
    const samTab = kit.connect(name, sam.cookie);
    await samTab.synced;
    typeParagraph(samTab.ydoc, 'Written just before the restart');
    await eventually(() => samTab.provider.unsyncedChanges === 0, 'the server acknowledged the edit');
    samTab.destroy();
    await kit.server.stop();

    const stores = SqliteStore.open(kit.server.databaseFile);
    const logged = await stores.log.listUpdatesAfter(documentId, 0);
    await stores.close();
    expect(logged.map((update) => update.userId)).toEqual([null, sam.id]);

    kit.server = await startTestServer(kit.server.databaseFile);
    const fresh = new TestPerson(kit.server.url, 'Ada');
    await fresh.signIn();
    const adaTab = kit.connect(name, fresh.cookie);
    await adaTab.synced;
    expect(textOf(adaTab.ydoc)).toContain('Written just before the restart');
    expect(textOf(adaTab.ydoc).match(/Priority 1:/g)).toHaveLength(1);
  });

  it('refuses an update that would take the document past its size limit, keeping what came before', async () => {
    const { ada, sam, name } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    const chunk = 'x'.repeat(Limits.maxFrameBytes - 4096);
    let refusedAt = -1;
    for (let i = 0; i * chunk.length <= Limits.maxDocumentBytes && refusedAt < 0; i++) {
      typeParagraph(adaTab.ydoc, `chunk-${i}:${chunk}`);
      const outcome = await Promise.race([
        adaTab.closed.then((closed) => closed.code),
        eventually(() => adaTab.provider.unsyncedChanges === 0, `chunk ${i} is accepted`, 10_000).then(() => 0),
      ]);
      if (outcome !== 0) {
        expect(outcome).toBe(CloseCode.DocumentTooLarge);
        refusedAt = i;
      }
    }
    expect(refusedAt).toBeGreaterThan(5);
    const samSees = textOf(samTab.ydoc);
    expect(samSees).toContain(`chunk-${refusedAt - 1}:`);
    expect(samSees).not.toContain(`chunk-${refusedAt}:`);
  });
});
