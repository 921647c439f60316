import { buildDocumentName, CloseCode, COLLABORATION_FIELD, Limits } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import { type ConnectedDocument, connectDocument, eventually } from '../testing/connectDocument.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';

function typeParagraph(ydoc: Y.Doc, text: string) {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = ydoc.getXmlFragment(COLLABORATION_FIELD);
  fragment.insert(fragment.length, [paragraph]);
}
const textOf = (ydoc: Y.Doc) => ydoc.getXmlFragment(COLLABORATION_FIELD).toString();

describe('collaboration over the real websocket', () => {
  let server: TestServer;
  const open: ConnectedDocument[] = [];
  const connect = (...args: Parameters<typeof connectDocument>) => {
    const connection = connectDocument(...args);
    open.push(connection);
    return connection;
  };

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const connection of open.splice(0)) connection.destroy();
    await server.destroy();
  });

  async function sharedDocument() {
    const people = await projectWithTwoMembers(server.url);
    const detail = await people.ada.createDocument(people.projectId, 'older-peoples-strategy');
    return { ...people, name: detail.collaborationName, documentId: detail.document.id };
  }

  it('lets two members edit one document and converge, starting from the server-made template', async () => {
    const { ada, sam, name } = await sharedDocument();
    const adaTab = connect(server.wsUrl, name, ada.cookie);
    const samTab = connect(server.wsUrl, name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    expect(textOf(adaTab.ydoc)).toContain('Priority 1: Being physically and emotionally healthy');

    typeParagraph(adaTab.ydoc, 'Ada wrote this');
    typeParagraph(samTab.ydoc, 'Sam wrote that');
    await eventually(
      () => textOf(adaTab.ydoc).includes('Sam wrote that') && textOf(samTab.ydoc).includes('Ada wrote this'),
      'both edits reach both people',
    );
    expect(textOf(adaTab.ydoc)).toBe(textOf(samTab.ydoc));
    // The template appears exactly once: browsers never insert it.
    expect(textOf(adaTab.ydoc).match(/Priority 1:/g)).toHaveLength(1);
  });

  it('refuses a person who is not a member, without loading the document for them', async () => {
    const { ada, name } = await sharedDocument();
    const outsider = new TestPerson(server.url, 'Olu');
    const token = await ada.invite(await ada.createProject('Another project'));
    await outsider.signUp(token);
    const tab = connect(server.wsUrl, name, outsider.cookie);
    expect(await tab.refused).toBe('not-a-member');
    expect(textOf(tab.ydoc)).toBe('');
  });

  it('closes the socket of a signed-out person with a named close code', async () => {
    const { name } = await sharedDocument();
    const tab = connect(server.wsUrl, name, undefined);
    expect((await tab.closed).code).toBe(CloseCode.NotSignedIn);
    const forged = connect(server.wsUrl, name, 'not-a-real-session');
    expect((await forged.closed).code).toBe(CloseCode.NotSignedIn);
  });

  it('closes the socket when the session is signed out elsewhere', async () => {
    const { sam, name } = await sharedDocument();
    const tab = connect(server.wsUrl, name, sam.cookie);
    await tab.synced;
    await sam.expectOk('POST', '/api/auth/signout');
    expect((await tab.closed).code).toBe(CloseCode.NotSignedIn);
  });

  it('refuses a websocket opened from another site', async () => {
    const { ada, name } = await sharedDocument();
    const tab = connect(server.wsUrl, name, ada.cookie, { origin: 'https://evil.example' });
    expect((await tab.closed).code).toBe(CloseCode.OriginRefused);
  });

  it('cuts off a removed member at once, and refuses them afterwards', async () => {
    const { ada, sam, projectId, name } = await sharedDocument();
    const adaTab = connect(server.wsUrl, name, ada.cookie);
    const samTab = connect(server.wsUrl, name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);

    await ada.expectOk('DELETE', `/api/projects/${projectId}/members/${sam.id}`);
    expect((await samTab.closed).code).toBe(CloseCode.AccessRevoked);

    typeParagraph(adaTab.ydoc, 'After Sam left');
    const again = connect(server.wsUrl, name, sam.cookie);
    expect(await again.refused).toBe('not-a-member');
    expect(textOf(again.ydoc)).not.toContain('After Sam left');
  });

  it('refuses an update that writes with a client id bound to someone else, and does not log it', async () => {
    const { ada, sam, name, documentId } = await sharedDocument();
    const adaTab = connect(server.wsUrl, name, ada.cookie);
    await adaTab.synced;
    typeParagraph(adaTab.ydoc, 'Ada wrote this');
    await eventually(
      () =>
        server.roundtable.hocuspocus.documents
          .get(name)
          ?.getXmlFragment(COLLABORATION_FIELD)
          .toString()
          .includes('Ada wrote this') === true,
      'the server has Ada’s edit',
    );

    // Sam forges Ada's client id so his words would be credited to her; the forged
    // content goes up in his first sync.
    const forgedDoc = new Y.Doc();
    forgedDoc.clientID = adaTab.ydoc.clientID;
    for (let i = 0; i < 5; i++) typeParagraph(forgedDoc, 'Words put in Ada’s mouth');
    const samTab = connect(server.wsUrl, name, sam.cookie, { ydoc: forgedDoc });
    expect((await samTab.closed).code).toBe(CloseCode.ForgedClientId);

    const serverText = server.roundtable.hocuspocus.documents.get(name)?.getXmlFragment(COLLABORATION_FIELD).toString();
    expect(serverText).not.toContain('Words put in Ada’s mouth');
    expect(textOf(adaTab.ydoc)).not.toContain('Words put in Ada’s mouth');
    await server.stop();
    const store = SqliteStore.open(server.databaseFile);
    const logged = await store.listUpdatesAfter(documentId, 0);
    await store.close();
    expect(logged.filter((update) => update.userId === sam.id)).toHaveLength(0);
    expect(logged.some((update) => update.userId === ada.id && update.clientIds.includes(adaTab.ydoc.clientID))).toBe(
      true,
    );
  });

  it('keeps every accepted update through a server restart, attributed to its author', async () => {
    const { sam, name, documentId } = await sharedDocument();
    const samTab = connect(server.wsUrl, name, sam.cookie);
    await samTab.synced;
    typeParagraph(samTab.ydoc, 'Written just before the restart');
    await eventually(() => samTab.provider.unsyncedChanges === 0, 'the server acknowledged the edit');
    samTab.destroy();
    await server.stop();

    const store = SqliteStore.open(server.databaseFile);
    const logged = await store.listUpdatesAfter(documentId, 0);
    await store.close();
    expect(logged.map((update) => update.userId)).toEqual([null, sam.id]);

    server = await startTestServer(server.databaseFile);
    const fresh = new TestPerson(server.url, 'Ada');
    await fresh.signIn();
    const adaTab = connect(server.wsUrl, name, fresh.cookie);
    await adaTab.synced;
    expect(textOf(adaTab.ydoc)).toContain('Written just before the restart');
    expect(textOf(adaTab.ydoc).match(/Priority 1:/g)).toHaveLength(1);
  });

  it('closes only the socket that sends an oversized frame or random bytes; others keep editing', async () => {
    const { ada, sam, name } = await sharedDocument();
    const adaTab = connect(server.wsUrl, name, ada.cookie);
    const samTab = connect(server.wsUrl, name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);

    const cookieHeader = { headers: { cookie: `rt_session=${sam.cookie}` } };
    const hostile = async (payload: Buffer) => {
      const socket = new WebSocket(server.wsUrl, cookieHeader);
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.send(payload);
      return closed;
    };
    expect(await hostile(Buffer.alloc(2 * 1024 * 1024, 7))).toBe(CloseCode.MessageTooBig);
    expect(await hostile(Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)))).toBe(
      CloseCode.MalformedMessage,
    );
    expect(2 * 1024 * 1024).toBeGreaterThan(Limits.maxFrameBytes);

    typeParagraph(adaTab.ydoc, 'Still here');
    await eventually(() => textOf(samTab.ydoc).includes('Still here'), 'the others keep editing');
  });

  it('gives presence the signed-in identity, whatever the browser claims', async () => {
    const { ada, sam, name } = await sharedDocument();
    const adaTab = connect(server.wsUrl, name, ada.cookie);
    const samTab = connect(server.wsUrl, name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);
    samTab.provider.setAwarenessField('user', {
      id: ada.id,
      name: 'Ada',
      perspective: 'professional',
      color: '#000000',
    });
    await eventually(
      () => adaTab.provider.awareness?.getStates().get(samTab.ydoc.clientID)?.user !== undefined,
      'Sam’s presence arrives',
    );
    const seen = adaTab.provider.awareness?.getStates().get(samTab.ydoc.clientID)?.user;
    expect(seen).toMatchObject({ id: sam.id, name: 'Sam', perspective: 'professional' });
  });

  it('opens a document of another project as not found, even with a valid document id', async () => {
    const { ada, projectId, documentId } = await sharedDocument();
    const otherProject = await ada.createProject('Another');
    const tab = connect(server.wsUrl, buildDocumentName({ projectId: otherProject, documentId }), ada.cookie);
    expect(await tab.refused).toBe('not-a-member');
    expect(projectId).not.toBe(otherProject);
  });

  it('refuses an update that would take the document past its size limit, keeping what came before', async () => {
    const { ada, sam, name } = await sharedDocument();
    const adaTab = connect(server.wsUrl, name, ada.cookie);
    const samTab = connect(server.wsUrl, name, sam.cookie);
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
