import * as Y from 'yjs';
import type { IncomingFrame } from './IncomingFrame.ts';

/**
 * What an incoming update would do to the server's copy of a document, found from the
 * update alone and the copy's state vector, without applying it:
 * - `empty`: nothing at all (a sync reply from a device that had nothing to send);
 * - `known`: only items the copy already has (a resend after a reconnect);
 * - `new`: new items or deletions, every one of them placed on content the copy has;
 * - `missing-dependencies`: it refers to content the copy does not have yet. Yjs would
 *   hold such an update back and apply it later inside another one, so it is never
 *   logged or applied: an honest device sent it early (typing while its reconnect
 *   handshake was in flight) and is asked to send everything the copy lacks instead.
 */
export type UpdateKind = 'empty' | 'known' | 'new' | 'missing-dependencies';

export function classifyUpdate(frame: IncomingFrame, document: Y.Doc): UpdateKind {
  const { structs, ds } = frame.structs;
  const has = (client: number) => Y.getState(document.store, client);
  const writes = frame.writes;
  // An id is there once the copy or this same update has it.
  const isThere = (id: Y.ID | null) => {
    if (id === null) return true;
    if (id.clock < has(id.client)) return true;
    const range = writes.get(id.client);
    return range !== undefined && id.clock >= range.from && id.clock < range.to;
  };

  let writesNew = false;
  for (const [client, range] of writes) {
    // A range must continue from what the copy has: a gap means earlier items are missing.
    if (range.from > has(client)) return 'missing-dependencies';
    if (range.to > has(client)) writesNew = true;
  }
  for (const struct of structs) {
    if (struct instanceof Y.Skip) {
      // A skip stands for items the sender left out, which the copy must already have.
      if (struct.id.clock + struct.length > has(struct.id.client)) return 'missing-dependencies';
      continue;
    }
    if (!(struct instanceof Y.Item) || struct.id.clock + struct.length <= has(struct.id.client)) continue;
    const parent = struct.parent;
    const parentId = parent instanceof Y.ID ? parent : null;
    if (!isThere(struct.origin) || !isThere(struct.rightOrigin) || !isThere(parentId)) {
      return 'missing-dependencies';
    }
  }
  let deletes = false;
  for (const [client, deletions] of ds.clients) {
    for (const deletion of deletions) {
      if (deletion.len === 0) continue;
      deletes = true;
      const last = Y.createID(client, deletion.clock + deletion.len - 1);
      if (!isThere(last)) return 'missing-dependencies';
    }
  }
  if (writesNew || deletes) return 'new';
  return structs.length === 0 ? 'empty' : 'known';
}
