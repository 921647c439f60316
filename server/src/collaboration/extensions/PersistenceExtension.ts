import type {
  afterUnloadDocumentPayload,
  beforeHandleMessagePayload,
  Extension,
  onChangePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import { CloseCode, closeReasons, Limits } from '@roundtable/shared';
import type * as Y from 'yjs';
import type { DocumentLog, StoredDocument } from '../../documents/DocumentLog.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import { IncomingFrame } from '../IncomingFrame.ts';
import type { LiveSockets } from '../LiveSockets.ts';
import { LoadedDocument } from '../LoadedDocument.ts';
import type { LoadedDocuments } from '../LoadedDocuments.ts';

export interface PersistenceLogger {
  error(details: object, message: string): void;
}

/**
 * Persistence: loads a document from its log (checkpoint + later updates), appends
 * every accepted update with its author as it is applied, and writes checkpoints.
 */
export class PersistenceExtension implements Extension {
  extensionName = 'persistence';

  constructor(
    private readonly log: DocumentLog,
    private readonly loaded: LoadedDocuments,
    private readonly sockets: LiveSockets,
    private readonly logger: PersistenceLogger,
  ) {}

  async onLoadDocument({
    documentName,
    context,
    document,
  }: onLoadDocumentPayload<CollaborationContext>): Promise<void> {
    const { address } = context;
    if (!address) throw new Error(`${documentName} was opened by a connection that was not authenticated for it.`);
    let stored: StoredDocument;
    try {
      stored = await this.log.loadInto(address.documentId, document);
    } catch (error) {
      this.logger.error({ err: error, documentName }, 'could not load a document from its log');
      throw this.sockets.refuse(context.socketId, 'ServerError');
    }
    this.loaded.set(documentName, new LoadedDocument(address.documentId, stored));
  }

  /** Refuses an update that would take the document past its size limit, before it is applied. */
  async beforeHandleMessage({
    update: message,
    documentName,
    context,
  }: beforeHandleMessagePayload<CollaborationContext>) {
    const update = IncomingFrame.of(message)?.update;
    const document = this.loaded.get(documentName);
    if (!update || !document) return;
    if (document.approximateBytes + update.byteLength > Limits.maxDocumentBytes) {
      throw this.sockets.refuse(context.socketId, 'DocumentTooLarge');
    }
  }

  async onChange({ documentName, update, context }: onChangePayload<CollaborationContext>): Promise<void> {
    // The server's own edits for a person are appended before they are applied.
    if (context?.serverEdit) return;
    const document = this.loaded.get(documentName);
    // Only people's updates arrive here; an update with no person behind it is a bug.
    if (!document || !context?.user) {
      this.logger.error({ documentName }, 'an update arrived without a signed-in person and was not logged');
      return;
    }
    try {
      const updateId = await this.log.append(document.documentId, update, {
        userId: context.user.id,
        onBehalfOf: context.recordingFor?.id ?? null,
        restoredVersionId: null,
      });
      document.noteAppended(updateId, update.byteLength);
    } catch (error) {
      // The update is applied in memory but not in the log. Never checkpoint this copy
      // (that would keep the words without their author); instead close everyone's
      // connection with a retryable code, so the document is reloaded from the log and
      // each person's device sends again what the log lacks, under their own name.
      this.logger.error({ err: error, documentName }, 'could not append an update to the log');
      document.unlogged = true;
      this.sockets.closeDocument(documentName, CloseCode.ServerError, closeReasons.ServerError);
    }
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload<CollaborationContext>) {
    const loaded = this.loaded.get(documentName);
    if (!loaded || loaded.unlogged || loaded.updatesSinceCheckpoint === 0) return;
    // Counted now: the payload's count is from when the store was scheduled.
    const lastPersonLeft = document.getConnectionsCount() === 0;
    if (!lastPersonLeft && !this.log.shouldCheckpoint(loaded.updatesSinceCheckpoint)) return;
    await this.checkpoint(loaded, document);
  }

  /** At shutdown: checkpoint every open document that changed since its last checkpoint. */
  async checkpointOpenDocuments(documents: Map<string, Y.Doc>): Promise<void> {
    for (const [documentName, document] of documents) {
      const loaded = this.loaded.get(documentName);
      if (loaded && !loaded.unlogged && loaded.updatesSinceCheckpoint > 0) await this.checkpoint(loaded, document);
    }
  }

  private async checkpoint(loaded: LoadedDocument, document: Y.Doc): Promise<void> {
    // The copy holds updates whose append is still being written: it would claim too little. Next time.
    if (this.log.isAppending(loaded.documentId)) return;
    loaded.noteCheckpointed(await this.log.checkpoint(loaded.documentId, document, loaded.lastUpdateId));
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.loaded.delete(documentName);
  }
}
