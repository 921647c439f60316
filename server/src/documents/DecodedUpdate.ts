import * as Y from 'yjs';

/** An update together with what the log reads from it, decoded once. */
export interface DecodedUpdate {
  readonly bytes: Uint8Array;
  /** Its items; skips stand for items it leaves out. */
  readonly structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>;
  /** The client ids it writes items with. */
  readonly clientIds: readonly number[];
}

/** Decodes an update the server made itself (incoming ones are read by the collaboration layer). */
export function decodeUpdate(bytes: Uint8Array): DecodedUpdate {
  const { structs } = Y.decodeUpdate(bytes);
  const clientIds = new Set<number>();
  for (const struct of structs) if (!(struct instanceof Y.Skip)) clientIds.add(struct.id.client);
  return { bytes, structs, clientIds: [...clientIds] };
}
