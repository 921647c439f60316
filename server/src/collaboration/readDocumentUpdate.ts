import { MessageType, SyncStep } from '@roundtable/shared';
import * as decoding from 'lib0/decoding';

/**
 * The Yjs update inside a raw collaboration message, if it carries one (sync step 2 or
 * an update); null for awareness, auth and other messages. Throws on malformed input.
 */
export function readDocumentUpdate(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
  const step = decoding.readVarUint(decoder);
  if (step !== SyncStep.Update && step !== SyncStep.IncrementalUpdate) return null;
  return decoding.readVarUint8Array(decoder);
}
