import type { WorkshopResponse } from '@roundtable/shared';
import * as Y from 'yjs';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import type { WorkshopChange } from '../store/WorkshopStore.ts';
import type { TestPerson } from './TestPerson.ts';

/** What workshop tests do to the server and its database around the API. */

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;

export const workshopsPath = (projectId: string) => `/api/projects/${projectId}/workshops`;

export async function planWorkshop(
  person: TestPerson,
  projectId: string,
  body: Record<string, unknown>,
): Promise<WorkshopResponse['workshop']> {
  return (await person.expectOk<WorkshopResponse>('POST', workshopsPath(projectId), body)).workshop;
}

/** Changes a workshop straight in the database, as starting and ending it will. */
export async function setWorkshop(databaseFile: string, workshopId: string, change: WorkshopChange): Promise<void> {
  const stores = SqliteStore.open(databaseFile);
  try {
    await stores.workshops.updateWorkshop(workshopId, change);
  } finally {
    await stores.close();
  }
}

/**
 * Edits a document's headings straight into its log (nobody has it open), so tests can
 * give headings section ids whatever the editor writes.
 */
export async function editHeadings(
  databaseFile: string,
  documentId: string,
  at: number,
  edit: (fragment: Y.XmlFragment) => void,
): Promise<void> {
  const stores = SqliteStore.open(databaseFile);
  try {
    const ydoc = new Y.Doc();
    for (const logged of await stores.log.listUpdatesAfter(documentId, 0)) Y.applyUpdate(ydoc, logged.update);
    let update: Uint8Array | undefined;
    ydoc.once('update', (change: Uint8Array) => {
      update = change;
    });
    ydoc.transact(() => edit(ydoc.getXmlFragment('default')));
    if (!update) throw new Error('The edit changed nothing.');
    await stores.log.appendUpdate({
      documentId,
      userId: null,
      onBehalfOf: null,
      clientIds: [ydoc.clientID],
      update,
      createdAt: at,
      restoredVersionId: null,
    });
    ydoc.destroy();
  } finally {
    await stores.close();
  }
}

export function heading(level: number, text: string, sectionId: string): Y.XmlElement {
  const element = new Y.XmlElement('heading');
  element.setAttribute('level', level as unknown as string);
  element.setAttribute('sectionId', sectionId);
  const words = new Y.XmlText();
  element.insert(0, [words]);
  words.insert(0, text);
  return element;
}
