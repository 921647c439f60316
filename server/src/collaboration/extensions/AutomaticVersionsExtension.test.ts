import { randomUUID } from 'node:crypto';
import type { afterLoadDocumentPayload, onChangePayload, onDisconnectPayload } from '@hocuspocus/server';
import { buildDocumentName } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentLog } from '../../documents/DocumentLog.ts';
import { DocumentService } from '../../documents/DocumentService.ts';
import { AccessEvents } from '../../events/AccessEvents.ts';
import { VersionService } from '../../history/VersionService.ts';
import { ProjectService } from '../../projects/ProjectService.ts';
import type { Stores } from '../../store/Stores.ts';
import { SqliteStore } from '../../store/sqlite/SqliteStore.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import { LoadedDocument } from '../LoadedDocument.ts';
import { LoadedDocuments } from '../LoadedDocuments.ts';
import { ServerEdits } from '../ServerEdits.ts';
import { AutomaticVersionsExtension } from './AutomaticVersionsExtension.ts';

const HOUR = 60 * 60 * 1000;

/** Only the fields the extension reads; Hocuspocus fills in the rest. */
function payload<T>(fields: object): T {
  return fields as T;
}

describe('AutomaticVersionsExtension', () => {
  let stores: Stores;
  let clock: number;
  let versions: VersionService;
  let documentId: string;
  let documentName: string;
  let extension: AutomaticVersionsExtension;
  const loaded = new LoadedDocuments();
  const logged: string[] = [];

  beforeEach(async () => {
    clock = Date.parse('2026-11-28T09:00:00Z');
    const now = () => clock;
    stores = SqliteStore.open(':memory:');
    await stores.migrate();
    const userId = randomUUID();
    await stores.users.createUser({
      id: userId,
      email: 'a@example.org',
      displayName: 'Ada',
      passwordHash: 'x',
      createdAt: 1,
    });
    const events = new AccessEvents();
    const projects = new ProjectService(stores.projects, events, now);
    const documents = new DocumentService(stores.documents, stores.log, stores.versions, projects, events, now);
    const log = new DocumentLog(stores.log, now);
    versions = new VersionService(
      stores.versions,
      stores.log,
      stores.projects,
      stores.users,
      projects,
      documents,
      log,
      new ServerEdits(log, loaded),
      now,
    );
    const project = await projects.create(userId, { name: 'Older People’s Strategy group', purpose: '' });
    const document = await documents.create(project.id, userId, { title: 'Strategy', template: 'blank' });
    documentId = document.id;
    documentName = buildDocumentName({ projectId: project.id, documentId });
    loaded.set(
      documentName,
      new LoadedDocument(documentId, {
        bindings: [],
        lastUpdateId: await stores.log.latestUpdateId(documentId),
        updatesSinceCheckpoint: 0,
        approximateBytes: 0,
      }),
    );
    extension = new AutomaticVersionsExtension(versions, loaded, { error: (_d, message) => logged.push(message) }, now);
    await extension.afterLoadDocument(payload<afterLoadDocumentPayload<CollaborationContext>>({ documentName }));
  });
  afterEach(async () => {
    await stores.close();
  });

  const change = () => extension.onChange(payload<onChangePayload<CollaborationContext>>({ documentName }));
  const lastLeaves = (connectionsLeft = 0) =>
    extension.onDisconnect(
      payload<onDisconnectPayload<CollaborationContext>>({
        documentName,
        document: { getConnectionsCount: () => connectionsLeft },
      }),
    );
  const names = async () => (await stores.versions.listVersions(documentId)).map((version) => version.name);

  it('keeps a daily version while a document keeps changing, and none more often', async () => {
    await change();
    clock += 23 * HOUR;
    await change();
    expect(await names()).toEqual(['Starting text']);
    clock += 2 * HOUR;
    await change();
    expect(await names()).toEqual(['Daily version', 'Starting text']);
    clock += HOUR;
    await change();
    expect(await names()).toEqual(['Daily version', 'Starting text']);
  });

  it('keeps a version when the last person leaves a busy session, not a quiet one, and not while others stay', async () => {
    for (let i = 0; i < 5; i++) await change();
    await lastLeaves();
    expect(await names()).toEqual(['Starting text']);
    for (let i = 0; i < 20; i++) await change();
    await lastLeaves(1);
    expect(await names()).toEqual(['Starting text']);
    clock += 1000;
    await lastLeaves();
    expect(await names()).toEqual(['End of an editing session', 'Starting text']);
    expect(logged).toEqual([]);
  });
});
