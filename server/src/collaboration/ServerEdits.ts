import type { Hocuspocus } from '@hocuspocus/server';
import {
  buildDocumentName,
  COLLABORATION_FIELD,
  type DocumentAddress,
  sectionsOf,
  type User,
} from '@roundtable/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { decodeUpdate } from '../documents/DecodedUpdate.ts';
import type { DocumentLog } from '../documents/DocumentLog.ts';
import { keepLiveSectionIds } from '../documents/keepLiveSectionIds.ts';
import type { LiveContentEditor } from '../history/LiveContentEditor.ts';
import type { CollaborationContext } from './CollaborationContext.ts';
import type { LoadedDocuments } from './LoadedDocuments.ts';

/**
 * Edits the server makes in a live document for a person — restoring a version. The
 * edit is written with a Yjs client id of its own, bound to that person, appended to
 * the log under their name, and only then applied, so everyone present sees it at
 * once and history credits it like any other change.
 */
export class ServerEdits implements LiveContentEditor {
  private hocuspocus: Hocuspocus<CollaborationContext> | undefined;

  constructor(
    private readonly log: DocumentLog,
    private readonly loaded: LoadedDocuments,
  ) {}

  /** The collaboration server is made after the services that use this; it is attached once it exists. */
  attach(hocuspocus: Hocuspocus<CollaborationContext>): void {
    this.hocuspocus = hocuspocus;
  }

  async replaceContent(
    address: DocumentAddress,
    person: User,
    content: ProseMirrorNode,
    restoredVersionId: string,
  ): Promise<void> {
    if (!this.hocuspocus) throw new Error('The collaboration server is not running.');
    const documentName = buildDocumentName(address);
    const context: CollaborationContext = {
      user: person,
      sessionTokenHash: '',
      sessionExpiresAt: Number.POSITIVE_INFINITY,
      socketId: `server-edit-${crypto.randomUUID()}`,
      serverEdit: true,
      address,
    };
    const connection = await this.hocuspocus.openDirectConnection(documentName, context);
    try {
      const live = connection.document;
      const loaded = this.loaded.get(documentName);
      if (!live || !loaded) throw new Error(`The document ${documentName} did not load.`);
      const { update, clientId } = differenceToReach(live, content);
      if (loaded.clientOwners.has(clientId)) throw new Error('A new client id clashed with one in use; try again.');
      loaded.clientOwners.set(clientId, person.id);
      const updateId = await this.log.append(loaded.documentId, decodeUpdate(update), {
        userId: person.id,
        onBehalfOf: null,
        restoredVersionId,
      });
      loaded.noteAppended(updateId, update.byteLength);
      try {
        await connection.transact((document) => Y.applyUpdate(document, update));
      } finally {
        loaded.noteApplied(updateId);
      }
    } finally {
      await connection.disconnect();
    }
  }
}

/** The update that turns `live` into `content`, written by a fresh Yjs client id. */
function differenceToReach(live: Y.Doc, content: ProseMirrorNode): { update: Uint8Array; clientId: number } {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
    // Only this edit's own insertions and deletions, not every deletion the document has seen.
    let update: Uint8Array | undefined;
    copy.once('update', (edit: Uint8Array) => {
      update = edit;
    });
    const fragment = copy.getXmlFragment(COLLABORATION_FIELD);
    // A restored heading with the words of a live one whose id it lacks stays that section.
    const target = keepLiveSectionIds(content, sectionsOf(fragment));
    copy.transact(() => {
      updateYFragment(copy, fragment, target, { mapping: new Map(), isOMark: new Map() });
    });
    return { update: update ?? Y.encodeStateAsUpdate(copy, Y.encodeStateVector(live)), clientId: copy.clientID };
  } finally {
    copy.destroy();
  }
}
