import {
  type DocumentAddress,
  HIGHEST_MESSAGE_TYPE,
  MessageType,
  parseDocumentName,
  SyncStep,
} from '@roundtable/shared';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { DecodedUpdate } from '../documents/DecodedUpdate.ts';

/**
 * What the server learns from one collaboration frame, read once when the frame arrives
 * and shared by everything that inspects it on its way to a document (the frame check,
 * attribution, the size limit, the log): each part is decoded at most once.
 */
export class IncomingFrame {
  private decodedUpdate: ReturnType<typeof Y.decodeUpdate> | undefined;
  /**
   * Set by attribution while the server recovers from a backup: the client ids whose new
   * words this device hands back for others, each with the writer they are credited to
   * (null: unknown writer).
   */
  recoveredWriters: Map<number, string | null> | undefined;
  private writtenRanges: Map<number, { from: number; to: number }> | undefined;
  private presenceIds: Set<number> | undefined;

  private constructor(
    readonly documentName: string,
    readonly address: DocumentAddress,
    readonly messageType: number,
    /** The Yjs update the frame carries (sync step 2 or an update); null for every other message. */
    readonly update: Uint8Array | null,
    /** True when the update is a sync step 2: a device's answer to being asked for what it has. */
    readonly answersSyncRequest: boolean,
    /** The presence (awareness) update the frame carries; null for every other message. */
    readonly presence: Uint8Array | null,
  ) {}

  /** Each frame's reading, kept while the frame itself is alive. */
  private static readonly read = new WeakMap<Uint8Array, IncomingFrame | null>();

  /**
   * The frame's reading, or null when it is malformed: no valid document name, an
   * unknown message type, or a sync message that cannot be read. The same bytes give
   * the same reading, decoded only the first time.
   */
  static of(bytes: Uint8Array): IncomingFrame | null {
    let frame = IncomingFrame.read.get(bytes);
    if (frame === undefined) {
      frame = IncomingFrame.decode(bytes);
      IncomingFrame.read.set(bytes, frame);
    }
    return frame;
  }

  private static decode(bytes: Uint8Array): IncomingFrame | null {
    try {
      const decoder = decoding.createDecoder(bytes);
      // Hocuspocus accepts "name" or "name\0session" as the address of a document.
      const documentName = decoding.readVarString(decoder).split('\0')[0] ?? '';
      const address = parseDocumentName(documentName);
      const type = decoding.readVarUint(decoder);
      if (!address || type < 0 || type > HIGHEST_MESSAGE_TYPE) return null;
      let update: Uint8Array | null = null;
      let step: number | null = null;
      let presence: Uint8Array | null = null;
      if (type === MessageType.Sync || type === MessageType.SyncReply) {
        step = decoding.readVarUint(decoder);
        if (step === SyncStep.Update || step === SyncStep.IncrementalUpdate) {
          update = decoding.readVarUint8Array(decoder);
        }
      } else if (type === MessageType.Awareness) {
        presence = decoding.readVarUint8Array(decoder);
      }
      return new IncomingFrame(documentName, address, type, update, step === SyncStep.Update, presence);
    } catch {
      return null;
    }
  }

  /** The update's items and deletions, decoded once. Throws if the update is malformed. */
  get structs(): ReturnType<typeof Y.decodeUpdate> {
    if (!this.update) throw new Error('This frame carries no update.');
    this.decodedUpdate ??= Y.decodeUpdate(this.update);
    return this.decodedUpdate;
  }

  /** Client id → the clock range of the items this update writes with it. Throws if malformed. */
  get writes(): Map<number, { from: number; to: number }> {
    if (!this.writtenRanges) {
      const ranges = new Map<number, { from: number; to: number }>();
      for (const struct of this.structs.structs) {
        // A skip stands for items the update leaves out: it writes nothing.
        if (struct instanceof Y.Skip) continue;
        const { client, clock } = struct.id;
        const range = ranges.get(client);
        const end = clock + struct.length;
        if (!range) ranges.set(client, { from: clock, to: end });
        else {
          range.from = Math.min(range.from, clock);
          range.to = Math.max(range.to, end);
        }
      }
      this.writtenRanges = ranges;
    }
    return this.writtenRanges;
  }

  /** The client ids this update writes items with. Throws if malformed. */
  get clientIds(): number[] {
    return [...this.writes.keys()];
  }

  /**
   * The client ids whose presence this frame carries, read without parsing their
   * states. Throws if the frame carries no presence or it is malformed.
   */
  get presenceClientIds(): Set<number> {
    if (!this.presence) throw new Error('This frame carries no presence.');
    if (!this.presenceIds) {
      const ids = new Set<number>();
      const decoder = decoding.createDecoder(this.presence);
      const count = decoding.readVarUint(decoder);
      for (let index = 0; index < count; index++) {
        ids.add(decoding.readVarUint(decoder));
        decoding.readVarUint(decoder); // the state's clock
        decoding.readVarUint8Array(decoder); // the state, as JSON: a view, not decoded
      }
      this.presenceIds = ids;
    }
    return this.presenceIds;
  }

  /** The update as the log takes it. Throws if the frame carries none or it is malformed. */
  toDecodedUpdate(): DecodedUpdate {
    if (!this.update) throw new Error('This frame carries no update.');
    return { bytes: this.update, structs: this.structs.structs, clientIds: this.clientIds };
  }
}
