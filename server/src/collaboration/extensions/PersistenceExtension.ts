import {
  type afterHandleMessagePayload,
  type afterUnloadDocumentPayload,
  type beforeHandleMessagePayload,
  type Connection,
  type Document,
  type Extension,
  OutgoingMessage,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from '@hocuspocus/server';
import { Limits } from '@roundtable/shared';
import * as Y from 'yjs';
import type { DecodedUpdate } from '../../documents/DecodedUpdate.ts';
import type { Attribution, DocumentLog, StoredDocument } from '../../documents/DocumentLog.ts';
import { repairStoredDocument } from '../../documents/repairStoredDocument.ts';
import { splitRecoveredUpdate } from '../../documents/splitRecoveredUpdate.ts';
import type { CollaborationContext } from '../CollaborationContext.ts';
import { classifyUpdate } from '../classifyUpdate.ts';
import { IncomingFrame } from '../IncomingFrame.ts';
import type { LiveSockets } from '../LiveSockets.ts';
import { LoadedDocument } from '../LoadedDocument.ts';
import type { LoadedDocuments } from '../LoadedDocuments.ts';
import { TurnsPerDocument } from '../TurnsPerDocument.ts';

export interface PersistenceLogger {
  error(details: object, message: string): void;
  warn(details: object, message: string): void;
}

/**
 * Updates held back while a device's sync answer is awaited: one that was offline may
 * have sent many, but an honest device answers long before this many.
 */
const MAX_HELD_BACK_WHILE_WAITING = 2000;

/**
 * Persistence: loads a document from its log (checkpoint + later updates), and writes
 * every person's update to the log — committed — before it is applied, acknowledged or
 * sent to anyone, so nobody can ever see or hold words the server could lose. Writes
 * checkpoints. Runs last of the extensions that inspect incoming updates, so nothing
 * can refuse an update after it is logged.
 */
export class PersistenceExtension implements Extension {
  extensionName = 'persistence';
  /** Frames whose update is logged, with their ids in the log, until they are applied. */
  private readonly logged = new WeakMap<Uint8Array, { loaded: LoadedDocument; updateIds: number[] }>();
  /** Connections held read-only for one frame, with what to set back afterwards. */
  private readonly heldBack = new WeakMap<Uint8Array, { connection: Connection; readOnly: boolean }>();
  /**
   * Connections with updates held back until the device's next sync answer: how many,
   * and whether the server asked for that answer itself (rather than awaiting the one
   * the connection's handshake brings anyway).
   */
  private readonly awaitingResync = new WeakMap<Connection, { heldBack: number; asked: boolean }>();
  /** Connections whose handshake answer has been taken. */
  private readonly handshaken = new WeakSet<Connection>();
  /** Frames that answered a request to resync, with how many held-back updates they saved. */
  private readonly owedAcknowledgements = new WeakMap<Uint8Array, number>();
  /** While recovering from a backup, each document's updates are taken one at a time. */
  private readonly recoveryTurns = new TurnsPerDocument();
  /** Frames holding a document's turn, with what ends it. */
  private readonly turnEnds = new WeakMap<Uint8Array, () => void>();
  /** Set once the server is stopping: checkpoints are then taken once, by checkpointOpenDocuments. */
  private stopping = false;

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
    let repaired: Awaited<ReturnType<typeof repairStoredDocument>>;
    try {
      stored = await this.log.loadInto(address.documentId, document);
      // Stored content that does not fit the schema is repaired before anyone is sent it.
      repaired = await repairStoredDocument(this.log, address.documentId, document);
    } catch (error) {
      this.logger.error({ err: error, documentName }, 'could not load a document from its log');
      throw this.sockets.refuse(context.socketId, 'ServerError');
    }
    const loaded = new LoadedDocument(address.documentId, stored);
    if (repaired) {
      loaded.noteAppended(repaired.updateId, repaired.update.bytes.byteLength);
      loaded.noteApplied(repaired.updateId);
      for (const clientId of repaired.update.clientIds) loaded.clientOwners.set(clientId, null);
    }
    this.loaded.set(documentName, loaded);
  }

  async beforeHandleMessage(payload: beforeHandleMessagePayload<CollaborationContext>): Promise<void> {
    const { update: message, documentName, connection } = payload;
    const frame = IncomingFrame.of(message);
    if (!frame?.update || connection.readOnly) return;
    if (frame.recoveredWriters === undefined) return this.takeUpdate(frame, frame.update, payload);
    // Recovering from a backup: every device hands back the same lost words at once, and
    // on PostgreSQL each would be judged new while the first is still being logged, so
    // the words would be logged once per device. Taken in turns, each update is judged
    // against a copy that holds what the one before it brought. The turn ends once the
    // update is applied (afterHandleMessage, which follows every update this hook lets
    // through: no extension after this one can refuse it) or refused here.
    const endTurn = await this.recoveryTurns.take(documentName);
    this.turnEnds.set(message, endTurn);
    try {
      await this.takeUpdate(frame, frame.update, payload);
    } catch (error) {
      endTurn();
      throw error;
    }
  }

  private async takeUpdate(
    frame: IncomingFrame,
    update: Uint8Array,
    { update: message, documentName, document, context, connection }: beforeHandleMessagePayload<CollaborationContext>,
  ): Promise<void> {
    const loaded = this.loaded.get(documentName);
    if (!loaded) throw this.sockets.refuse(context.socketId, 'MalformedMessage');

    let kind: ReturnType<typeof classifyUpdate>;
    try {
      kind = classifyUpdate(frame, document);
    } catch {
      throw this.sockets.refuse(context.socketId, 'MalformedMessage');
    }
    if (kind === 'missing-dependencies') {
      this.holdBack(message, connection, document, context);
      return;
    }
    // The device's answer holds everything it had sent before it, so the updates held
    // back are saved once the answer is. When the server asked for it, Hocuspocus's own
    // acknowledgement of the answer (which the device did not count) stands for one of them.
    if (frame.answersSyncRequest) {
      this.handshaken.add(connection);
      const answered = this.awaitingResync.get(connection);
      if (answered) {
        this.awaitingResync.delete(connection);
        this.owedAcknowledgements.set(message, answered.heldBack - (answered.asked ? 1 : 0));
      }
    }
    if (kind !== 'new') return;
    if (loaded.approximateBytes + update.byteLength > Limits.maxDocumentBytes) {
      throw this.sockets.refuse(context.socketId, 'DocumentTooLarge');
    }

    // Stopping: not applied, not acknowledged; the device sends it again to the next server.
    if (this.log.isStopping) throw this.sockets.refuse(context.socketId, 'ServerRestarting');
    let updateIds: number[];
    try {
      // Queued together, so one update's parts are logged next to each other, in order.
      const entries = this.logEntries(frame, document, context);
      updateIds = await Promise.all(
        entries.map(({ update, attribution }) => this.log.append(loaded.documentId, update, attribution)),
      );
      for (const [index, { update }] of entries.entries()) {
        loaded.noteAppended(updateIds[index] ?? 0, update.bytes.byteLength);
      }
    } catch (error) {
      // Not applied, not acknowledged: the device keeps the words and sends them again
      // when it reconnects, which the retryable close code makes it do.
      this.logger.error({ err: error, documentName }, 'could not append an update to the log');
      throw this.sockets.refuse(context.socketId, 'ServerError');
    }
    this.logged.set(message, { loaded, updateIds });
  }

  /**
   * What to log for an update: itself, credited to the sender (or to whom they record
   * for); or, when a device hands back others' words after a restore, one entry per
   * writer, each marked as recovered by the sender's device.
   */
  private logEntries(
    frame: IncomingFrame,
    document: Document,
    context: CollaborationContext,
  ): Array<{ update: DecodedUpdate; attribution: Attribution }> {
    const own: Attribution = {
      userId: context.user.id,
      onBehalfOf: context.recordingFor?.id ?? null,
      restoredVersionId: null,
    };
    const recovered = frame.recoveredWriters;
    if (!recovered || recovered.size === 0) return [{ update: frame.toDecodedUpdate(), attribution: own }];
    const has = (clientId: number) => Y.getState(document.store, clientId);
    const newWrites = new Map(
      [...frame.writes]
        .filter(([clientId, range]) => range.to > has(clientId))
        .map(([clientId, range]) => [clientId, { from: Math.max(range.from, has(clientId)), to: range.to }]),
    );
    const sender = `sender:${context.user.id}`;
    const parts = splitRecoveredUpdate(
      frame.update ?? new Uint8Array(),
      frame.structs.structs,
      newWrites,
      (clientId) => (recovered.has(clientId) ? (recovered.get(clientId) ?? null) : sender),
    );
    return parts.map((part) => ({
      update: part.update,
      attribution:
        part.writerId === sender
          ? own
          : { userId: part.writerId, onBehalfOf: null, restoredVersionId: null, recoveredBy: context.user.id },
    }));
  }

  async afterHandleMessage({
    update: message,
    connection,
  }: afterHandleMessagePayload<CollaborationContext>): Promise<void> {
    this.turnEnds.get(message)?.();
    const logged = this.logged.get(message);
    for (const updateId of logged?.updateIds ?? []) logged?.loaded.noteApplied(updateId);
    const held = this.heldBack.get(message);
    if (held) held.connection.readOnly = held.readOnly;
    // The device counts one acknowledgement per update it sent; each held-back one was
    // answered "not saved" and is now saved.
    const owed = this.owedAcknowledgements.get(message) ?? 0;
    for (let ack = 0; ack < owed; ack++) {
      connection.send(new OutgoingMessage(connection.messageAddress).writeSyncStatus(true).toUint8Array());
    }
  }

  /**
   * The update refers to content the document lacks, which an honest device sends only
   * while its reconnect handshake is in flight (edits made after offline work, before
   * its answer with that work arrives). Yjs would hold it back and apply it later inside
   * someone else's update; instead it is neither applied nor acknowledged yet (Hocuspocus
   * answers a read-only connection's update with "not saved"), and acknowledged once the
   * device's answer, which holds it, is saved. Should a device send one after its
   * handshake, it is asked for everything the document lacks.
   */
  private holdBack(
    message: Uint8Array,
    connection: Connection,
    document: Document,
    context: CollaborationContext,
  ): void {
    const awaiting = this.awaitingResync.get(connection) ?? { heldBack: 0, asked: false };
    this.awaitingResync.set(connection, awaiting);
    if (++awaiting.heldBack > MAX_HELD_BACK_WHILE_WAITING) {
      this.logger.warn(
        { userId: context.user.id },
        'closed a connection that kept sending updates depending on content the document does not have',
      );
      throw this.sockets.refuse(context.socketId, 'MalformedMessage');
    }
    this.heldBack.set(message, { connection, readOnly: connection.readOnly });
    connection.readOnly = true;
    if (awaiting.asked || !this.handshaken.has(connection)) return;
    awaiting.asked = true;
    connection.send(
      new OutgoingMessage(connection.messageAddress).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array(),
    );
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload<CollaborationContext>) {
    const loaded = this.loaded.get(documentName);
    if (this.stopping || !loaded || loaded.updatesSinceCheckpoint === 0) return;
    // Counted now: the payload's count is from when the store was scheduled.
    const lastPersonLeft = document.getConnectionsCount() === 0;
    if (!lastPersonLeft && !this.log.shouldCheckpoint(loaded.updatesSinceCheckpoint)) return;
    await this.checkpoint(loaded, document);
  }

  /** At shutdown, once every append has finished: checkpoint every open document that changed. */
  async checkpointOpenDocuments(documents: Map<string, Y.Doc>): Promise<void> {
    this.stopping = true;
    for (const [documentName, document] of documents) {
      const loaded = this.loaded.get(documentName);
      if (loaded && loaded.updatesSinceCheckpoint > 0) await this.checkpoint(loaded, document);
    }
  }

  private async checkpoint(loaded: LoadedDocument, document: Y.Doc): Promise<void> {
    const upTo = loaded.checkpointableUpTo();
    loaded.noteCheckpointed(await this.log.checkpoint(loaded.documentId, document, upTo));
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.loaded.delete(documentName);
  }
}
