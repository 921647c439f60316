import {
  type afterLoadDocumentPayload,
  type beforeHandleAwarenessPayload,
  type beforeHandleMessagePayload,
  type Connection,
  type Extension,
  isTransactionOrigin,
} from '@hocuspocus/server';
import { presenceIdentity } from '@roundtable/shared';
import * as Y from 'yjs';
import type { DocumentLog } from '../../documents/DocumentLog.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import { IncomingFrame } from '../IncomingFrame.ts';
import type { LiveSockets } from '../LiveSockets.ts';
import type { LoadedDocument } from '../LoadedDocument.ts';
import type { LoadedDocuments } from '../LoadedDocuments.ts';
import type { Recovery } from '../Recovery.ts';

export interface AttributionLogger {
  warn(details: object, message: string): void;
}

/**
 * Binds each Yjs client id to the signed-in person who first writes with it, and
 * refuses any update that writes with someone else's. Presence is rewritten to the
 * signed-in identity, so nobody can appear as someone else.
 */
export class AttributionExtension implements Extension {
  extensionName = 'attribution';
  /**
   * Each connection's presence frame being handled: a connection handles one message at
   * a time, and its presence hook runs inside the handling of that frame.
   */
  private readonly presenceFrames = new WeakMap<Connection, IncomingFrame>();

  constructor(
    private readonly loaded: LoadedDocuments,
    private readonly log: DocumentLog,
    private readonly sockets: LiveSockets,
    private readonly logger: AttributionLogger,
    private readonly recovery: Recovery | undefined = undefined,
  ) {}

  async beforeHandleMessage(payload: beforeHandleMessagePayload<CollaborationContext>): Promise<void> {
    const { context, documentName } = payload;
    const frame = IncomingFrame.of(payload.update);
    if (frame?.presence) this.presenceFrames.set(payload.connection, frame);
    if (frame?.update === null) return;
    const document = this.loaded.get(documentName);
    let writes: Map<number, { from: number; to: number }>;
    try {
      if (!frame || !document) throw new Error('not an update to an open document');
      writes = frame.writes;
    } catch {
      throw this.sockets.refuse(context.socketId, 'MalformedMessage');
    }
    // Only ids the update writes new content with count: content the document already
    // has (a reconnecting device sending back what everyone has) changes nobody's credit.
    const has = (clientId: number) => Y.getState(payload.document.store, clientId);
    const writingNew = [...writes]
      .filter(([clientId, range]) => range.to > has(clientId))
      .map(([clientId]) => clientId);
    if (this.recovery) {
      frame.recoveredWriters = this.recovery.writersOf(writingNew, document, context.user.id);
      if (frame.recoveredWriters.size > 0) {
        this.logger.warn(
          { documentName, userId: context.user.id, clientIds: [...frame.recoveredWriters.keys()] },
          'took back words a device handed back after the restore of a backup',
        );
      }
      return;
    }
    const foreign = writingNew.filter(
      (clientId) => document.clientOwners.has(clientId) && document.clientOwners.get(clientId) !== context.user.id,
    );
    if (foreign.length > 0) {
      this.logger.warn(
        {
          documentName,
          userId: context.user.id,
          clientIds: foreign,
          owners: foreign.map((id) => document.clientOwners.get(id)),
        },
        'refused an update that writes with client ids owned by someone else',
      );
      throw this.sockets.refuse(context.socketId, 'ForgedClientId');
    }
    // Claimed now, before the update is applied, so two people racing for one new id
    // cannot both win; the log records the binding when the update is appended.
    for (const clientId of writingNew) document.clientOwners.set(clientId, context.user.id);
  }

  /**
   * Yjs holds back content (and deletions) that refer to text the document does not
   * have yet, and applies it later inside whichever update supplies that text. A person
   * could use that to have their words or deletions logged as someone else's. A real
   * editor never sends such an update, so anything held back is dropped at once and
   * its sender disconnected.
   */
  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload<CollaborationContext>): Promise<void> {
    document.on('afterTransaction', (transaction: Y.Transaction) => {
      const { store } = document;
      if (store.pendingStructs === null && store.pendingDs === null) return;
      store.pendingStructs = null;
      store.pendingDs = null;
      const origin = transaction.origin;
      const context: CollaborationContext | undefined =
        isTransactionOrigin(origin) && origin.source === 'connection' ? origin.connection.context : undefined;
      this.logger.warn(
        { documentName, userId: context?.user.id },
        'dropped an update that depends on content the document does not have',
      );
      if (context) this.sockets.refuse(context.socketId, 'MalformedMessage');
    });
  }

  /**
   * Presence comes before a device's first update: the client ids it announces are
   * claimed for the signed-in person then, so someone who sees an id in presence cannot
   * write with it first. Presence for someone else's id is dropped, and every state is
   * rewritten to the signed-in identity.
   *
   * Only the ids the device's frame carries count: Hocuspocus reads each presence frame
   * into a scratch copy that adds a state of its own under a new random id every time,
   * which would otherwise be claimed for this person (a row per frame, and ids nobody
   * else could ever write with), shown to everyone as one more presence, and kept for
   * half a minute.
   */
  async beforeHandleAwareness(payload: beforeHandleAwarenessPayload<CollaborationContext>): Promise<void> {
    const { context, states, documentName, connection } = payload;
    if (!context?.membership) return;
    const frame = connection ? this.presenceFrames.get(connection) : undefined;
    if (connection) this.presenceFrames.delete(connection);
    let sent: Set<number> | undefined;
    try {
      sent = frame?.presenceClientIds;
    } catch {
      throw this.sockets.refuse(context.socketId, 'MalformedMessage');
    }
    const identity = presenceIdentity(context.user, context.membership.perspective, context.recordingFor ?? null);
    const document = this.loaded.get(documentName);
    for (const [clientId, state] of states) {
      if (sent && !sent.has(clientId)) {
        states.delete(clientId);
        continue;
      }
      const owner = document?.clientOwners.get(clientId);
      if (owner !== undefined && owner !== context.user.id) {
        states.delete(clientId);
        continue;
      }
      if (state) state.user = identity;
      if (document && owner === undefined && state) this.claim(document, clientId, context.user.id, documentName);
    }
  }

  private claim(document: LoadedDocument, clientId: number, userId: string, documentName: string): void {
    document.clientOwners.set(clientId, userId);
    this.log.claimClient(document.documentId, clientId, userId).then(
      // Another process may have bound it first: its binding stands here too.
      (owner) => document.clientOwners.set(clientId, owner),
      (error: unknown) => this.logger.warn({ err: error, documentName }, 'could not keep a client id claim'),
    );
  }
}
