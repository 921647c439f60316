import { randomUUID } from 'node:crypto';
import { COLLABORATION_FIELD } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { systemClock } from '../Clock.ts';
import type { Stores } from '../store/Stores.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import { decodeUpdate } from './DecodedUpdate.ts';
import { DocumentLog } from './DocumentLog.ts';
import { templateUpdate } from './templateUpdate.ts';

describe('DocumentLog', () => {
  let stores: Stores;
  let log: DocumentLog;
  let documentId: string;
  let userId: string;

  beforeEach(async () => {
    stores = SqliteStore.open(':memory:');
    await stores.migrate();
    log = new DocumentLog(stores.log, systemClock);
    userId = randomUUID();
    await stores.users.createUser({
      id: userId,
      email: 'a@example.org',
      displayName: 'Ada',
      passwordHash: 'x',
      createdAt: 1,
    });
    const projectId = randomUUID();
    await stores.projects.createProject(
      { id: projectId, name: 'P', purpose: '', createdBy: userId, createdAt: 1 },
      { projectId, userId, role: 'lead', perspective: 'unsaid', joinedAt: 1 },
    );
    documentId = randomUUID();
    const { update, clientId } = templateUpdate('older-peoples-strategy', 'Strategy');
    await stores.documents.createDocument(
      {
        id: documentId,
        projectId,
        title: 'Strategy',
        template: 'older-peoples-strategy',
        createdBy: userId,
        createdAt: 1,
        archivedAt: null,
      },
      {
        documentId,
        userId: null,
        onBehalfOf: null,
        clientIds: [clientId],
        update,
        createdAt: 1,
        restoredVersionId: null,
      },
      [{ clientId, userId: null }],
    );
  });
  afterEach(async () => {
    await stores.close();
  });

  /** Loads the document into a fresh Y.Doc, as the collaboration server does. */
  async function loaded(id: string) {
    const ydoc = new Y.Doc();
    const stored = await log.loadInto(id, ydoc);
    return { ...stored, text: ydoc.getXmlFragment(COLLABORATION_FIELD).toString() };
  }

  it('loads the same content from the whole log as from a checkpoint plus the later updates', async () => {
    const live = new Y.Doc();
    await log.loadInto(documentId, live);
    const pending: Promise<number>[] = [];
    live.on('update', (update: Uint8Array) =>
      pending.push(log.append(documentId, decodeUpdate(update), { userId, onBehalfOf: null, restoredVersionId: null })),
    );
    const text = new Y.XmlText();
    live.getXmlFragment(COLLABORATION_FIELD).insert(0, [text]);
    for (let i = 0; i < 30; i++) text.insert(text.length, `word${i} `);
    const ids = await Promise.all(pending);

    const fromLog = await loaded(documentId);
    // A checkpoint of the document as it stood after the 20th update: the load must
    // add the 11 updates after it to match.
    const partial = new Y.Doc();
    for (const logged of await stores.log.listUpdatesAfter(documentId, 0)) {
      if (logged.id <= (ids[19] ?? 0)) Y.applyUpdate(partial, logged.update);
    }
    await log.checkpoint(documentId, partial, ids[19] ?? 0);
    const fromCheckpoint = await loaded(documentId);

    expect(fromCheckpoint.updatesSinceCheckpoint).toBe(ids.length - 20);
    expect(fromCheckpoint.lastUpdateId).toBe(fromLog.lastUpdateId);
    expect(fromCheckpoint.text).toBe(fromLog.text);
    expect(fromLog.text).toBe(live.getXmlFragment(COLLABORATION_FIELD).toString());
    expect(fromCheckpoint.text).toContain('word29');
    expect(partial.getXmlFragment(COLLABORATION_FIELD).toString()).not.toContain('word29');
    expect(fromLog.text).toContain('Priority 4: Access to information and care');
  });

  it('records which client ids each update wrote with, and binds them to the writer', async () => {
    const live = new Y.Doc();
    await log.loadInto(documentId, live);
    let id = 0;
    live.on('update', (update: Uint8Array) => {
      void log
        .append(documentId, decodeUpdate(update), { userId, onBehalfOf: null, restoredVersionId: null })
        .then((value) => {
          id = value;
        });
    });
    live.getXmlFragment(COLLABORATION_FIELD).insert(0, [new Y.XmlText('hello')]);
    await Promise.resolve();
    const [logged] = await stores.log.listUpdatesAfter(documentId, id - 1);
    expect(logged?.clientIds).toEqual([live.clientID]);
    expect((await loaded(documentId)).bindings).toContainEqual(
      expect.objectContaining({ clientId: live.clientID, userId }),
    );
  });
});
