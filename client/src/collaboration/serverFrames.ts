import { MessageType, SyncStep } from '@roundtable/shared';

/**
 * What a message from the server means for this device's own changes:
 * - 'asks-for-answer': the server's state vector; the provider answers it at once with
 *   everything this device holds that the server lacks;
 * - 'saved' / 'not-saved': the server's word on one change or answer this device sent;
 * - 'other': anything else.
 */
export type ServerFrame = 'asks-for-answer' | 'saved' | 'not-saved' | 'other';

/**
 * Reads the start of a message from the server, as the provider's 'message' event gives
 * it (`event.data`). Read from the raw bytes, not the provider's reader, which every
 * listener shares. The layout is Hocuspocus's: document name, message type, message.
 */
export function kindOfServerFrame(data: unknown): ServerFrame {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
  if (!bytes) return 'other';
  const reader = new VarReader(bytes);
  const nameLength = reader.uint();
  reader.skip(nameLength);
  const type = reader.uint();
  if (type === MessageType.Sync) return reader.uint() === SyncStep.StateVector ? 'asks-for-answer' : 'other';
  // A signed varint, whose 1 and 0 are the same bytes as unsigned.
  if (type === MessageType.SyncStatus) {
    const status = reader.uint();
    return status === 1 ? 'saved' : status === 0 ? 'not-saved' : 'other';
  }
  return 'other';
}

/** lib0's variable-length unsigned integers (lib0 is not a dependency of the web client). */
class VarReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** -1 past the end, which matches no message type. */
  uint(): number {
    let value = 0;
    let shift = 0;
    while (this.offset < this.bytes.length && shift < 35) {
      const byte = this.bytes[this.offset++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
    return -1;
  }

  skip(count: number): void {
    this.offset += Math.max(0, count);
  }
}
