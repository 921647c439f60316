import { COLLABORATION_FIELD } from '@roundtable/shared';
import { afterEach, beforeEach } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import { type ConnectedDocument, connectDocument } from './connectDocument.ts';
import { startTestServer, type TestServer } from './startTestServer.ts';
import { projectWithTwoMembers } from './TestPerson.ts';

/** Adds a paragraph at the end of the document, as an editor would. */
export function typeParagraph(ydoc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = ydoc.getXmlFragment(COLLABORATION_FIELD);
  fragment.insert(fragment.length, [paragraph]);
}

export const textOf = (ydoc: Y.Doc): string => ydoc.getXmlFragment(COLLABORATION_FIELD).toString();

/**
 * A fresh real server for each test, with connections closed after it. Call at the
 * top of a describe block.
 */
export function useCollaborationServer() {
  let server: TestServer | undefined;
  const open: ConnectedDocument[] = [];
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const connection of open.splice(0)) connection.destroy();
    await server?.destroy();
  });

  const kit = {
    get server(): TestServer {
      if (!server) throw new Error('The test server has not started');
      return server;
    },
    /** Replaces the server (for restart tests); the new one is destroyed after the test. */
    set server(next: TestServer) {
      server = next;
    },
    connect(documentName: string, cookie: string | undefined, options?: Parameters<typeof connectDocument>[3]) {
      const connection = connectDocument(kit.server.wsUrl, documentName, cookie, options);
      open.push(connection);
      return connection;
    },
    /** The server's own copy of an open document, as text. */
    serverText(documentName: string): string {
      const document = kit.server.roundtable.hocuspocus.documents.get(documentName);
      return document ? textOf(document) : '';
    },
    /** Stops the server and reads a document's update log from its database. */
    async stopAndReadLog(documentId: string) {
      await kit.server.stop();
      const stores = SqliteStore.open(kit.server.databaseFile);
      const logged = await stores.log.listUpdatesAfter(documentId, 0);
      await stores.close();
      return logged;
    },
    /** A lead (Ada) and a member (Sam) sharing an Older People's Strategy document. */
    async sharedDocument() {
      const people = await projectWithTwoMembers(kit.server.url);
      const detail = await people.ada.createDocument(people.projectId, 'older-peoples-strategy');
      return { ...people, name: detail.collaborationName, documentId: detail.document.id };
    },
  };
  return kit;
}
