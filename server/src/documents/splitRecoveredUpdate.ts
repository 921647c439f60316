import * as Y from 'yjs';
import { type DecodedUpdate, decodeUpdate } from './DecodedUpdate.ts';

/** One writer's share of words a device handed back: `writerId` null is text of unknown writer. */
export interface RecoveredPart {
  writerId: string | null;
  update: DecodedUpdate;
}

/**
 * Splits an update a device handed back after a restore into one update per writer, so
 * each writer's words are logged under their own name (or as unknown writer) and never
 * under the device that relayed them. Deletions cannot be told apart by writer: every
 * part carries all of them (applying a deletion twice changes nothing, and the last
 * part finds every item they refer to), and history credits no one with them. Parts are
 * ordered so each one's words refer only to content the document or an earlier part
 * has; where writers' words refer to each other both ways, they are kept together as
 * text of unknown writer rather than credited to either.
 *
 * `writes` gives each client id's new clock range (from the document's state to the
 * end of the update), `writerOf` the writer each client id's words are credited to.
 */
export function splitRecoveredUpdate(
  update: Uint8Array,
  structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>,
  writes: ReadonlyMap<number, { from: number; to: number }>,
  writerOf: (clientId: number) => string | null,
): RecoveredPart[] {
  const groups = new Map<string | null, number[]>();
  for (const clientId of writes.keys()) {
    const writer = writerOf(clientId);
    groups.set(writer, [...(groups.get(writer) ?? []), clientId]);
  }
  const ordered = orderByDependencies(groups, structs, writes);
  // Everything the update writes, as a state vector: a part leaves out what it covers.
  const everything = new Map([...writes].map(([clientId, range]) => [clientId, range.to]));
  return ordered.map(([writerId, clientIds]) => {
    const others = new Map(everything);
    for (const clientId of clientIds) others.set(clientId, writes.get(clientId)?.from ?? 0);
    return { writerId, update: part(update, others) };
  });
}

/** The items of `update` beyond `stateVector`, with all of its deletions. */
function part(update: Uint8Array, stateVector: Map<number, number>): DecodedUpdate {
  return decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(stateVector)));
}

/**
 * Writers' groups in an order where each group's new items refer only to the document,
 * themselves or earlier groups; groups caught in a cycle are merged as unknown writer.
 */
function orderByDependencies(
  groups: Map<string | null, number[]>,
  structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>,
  writes: ReadonlyMap<number, { from: number; to: number }>,
): Array<[string | null, number[]]> {
  const groupOf = new Map<number, string | null>();
  for (const [writer, clientIds] of groups) for (const clientId of clientIds) groupOf.set(clientId, writer);
  const isNew = (id: Y.ID | null): id is Y.ID => {
    const range = id ? writes.get(id.client) : undefined;
    return range !== undefined && id !== null && id.clock >= range.from && id.clock < range.to;
  };
  const needs = new Map<string | null, Set<string | null>>([...groups.keys()].map((writer) => [writer, new Set()]));
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !isNew(struct.id)) continue;
    const writer = groupOf.get(struct.id.client) ?? null;
    const parent = struct.parent instanceof Y.ID ? struct.parent : null;
    for (const reference of [struct.origin, struct.rightOrigin, parent]) {
      if (isNew(reference)) {
        const other = groupOf.get(reference.client) ?? null;
        if (other !== writer) needs.get(writer)?.add(other);
      }
    }
  }
  const ordered: Array<[string | null, number[]]> = [];
  const placed = new Set<string | null>();
  let progress = true;
  while (progress) {
    progress = false;
    for (const [writer, clientIds] of groups) {
      if (placed.has(writer) || ![...(needs.get(writer) ?? [])].every((other) => placed.has(other))) continue;
      ordered.push([writer, clientIds]);
      placed.add(writer);
      progress = true;
    }
  }
  const tangled = [...groups].filter(([writer]) => !placed.has(writer)).flatMap(([, clientIds]) => clientIds);
  if (tangled.length > 0) ordered.push([null, tangled]);
  return ordered;
}
