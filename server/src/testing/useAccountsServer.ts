import { afterEach, beforeEach } from 'vitest';
import { type ConnectedDocument, connectDocument } from './connectDocument.ts';
import { startTestServer, type TestServer, type TestServerOptions } from './startTestServer.ts';
import { projectWithTwoMembers } from './TestPerson.ts';

/**
 * A fresh real server for each test of accounts, started with `options()` (a clock to
 * move, a mail server), with Ada (its first account) and Sam sharing a document.
 * Connections and the server are closed after each test. Call at the top of a describe block.
 */
export function useAccountsServer(options: () => TestServerOptions = () => ({})) {
  let server: TestServer | undefined;
  const open: ConnectedDocument[] = [];
  beforeEach(async () => {
    server = await startTestServer(options());
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
    connect(documentName: string, cookie: string | undefined) {
      const connection = connectDocument(kit.server.wsUrl, documentName, cookie);
      open.push(connection);
      return connection;
    },
    async sharedDocument() {
      const people = await projectWithTwoMembers(kit.server.url);
      const detail = await people.ada.createDocument(people.projectId, 'older-peoples-strategy');
      return { ...people, name: detail.collaborationName };
    },
  };
  return kit;
}
