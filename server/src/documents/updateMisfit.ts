import { COLLABORATION_FIELD } from '@roundtable/shared';
import * as Y from 'yjs';
import { type Container, containerOfType, contentMisfit, type SharedType } from './contentMisfit.ts';
import { SchemaRules } from './SchemaRules.ts';

type Struct = Y.Item | Y.GC | Y.Skip;

/** Where an item will sit once applied; null when Yjs would drop it, or it refers to content not there yet. */
type Place = { container: Container; key: string | null } | null;

/**
 * Why an incoming update would leave the document not fitting the shared schema, or
 * null when the result fits. The document is taken to fit already (stored content is
 * repaired when it is loaded), so it is enough that each item the update adds fits
 * where it will sit; deletions cannot bring in anything the schema lacks. Nothing is
 * applied or copied: each new item's place is found from its parent, or from the item
 * beside it when the update leaves the parent out (as it does for typing), in the
 * document or earlier in the update. A keystroke costs one lookup.
 */
export function updateMisfit(
  structs: readonly Struct[],
  document: Y.Doc,
  rules: SchemaRules = SchemaRules.shared,
): string | null {
  const places = new UpdatePlaces(structs, document);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || struct.content instanceof Y.ContentDeleted) continue;
    // Content the document already has was checked when it arrived.
    if (struct.id.clock + struct.length <= Y.getState(document.store, struct.id.client)) continue;
    const place = places.of(struct);
    if (!place) continue;
    const misfit = contentMisfit(rules, place.container, place.key, struct.content);
    if (misfit !== null) return misfit;
  }
  return null;
}

/** Finds where the items of one update will sit. */
class UpdatePlaces {
  private readonly byClient = new Map<number, Struct[]>();
  private readonly known = new Map<Y.Item, Place>();

  constructor(
    structs: readonly Struct[],
    private readonly document: Y.Doc,
  ) {
    // An update lists each client's structs in clock order.
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
  }

  /**
   * Where an item of the update will sit, following the items beside it back to one
   * whose place is known. Throws if the update is malformed.
   */
  of(item: Y.Item): Place {
    const chain = new Set<Y.Item>();
    let current = item;
    let place: Place | undefined;
    while (place === undefined) {
      const cached = this.known.get(current);
      if (cached !== undefined) {
        place = cached;
        break;
      }
      // Items that place each other in a circle can never be applied.
      if (chain.has(current)) throw new Error('The update’s items refer to each other in a circle.');
      chain.add(current);
      const parent: unknown = current.parent;
      if (typeof parent === 'string') {
        // A root type, named.
        const container: Container = parent === COLLABORATION_FIELD ? { kind: 'fragment' } : { kind: 'other' };
        place = { container, key: current.parentSub };
      } else if (parent instanceof Y.ID) {
        const container = this.containerAt(parent);
        place = container && { container, key: current.parentSub };
      } else {
        // Left out of the update: the parent is that of the item it was inserted beside.
        const beside = current.origin ?? current.rightOrigin;
        const found = beside && this.find(beside);
        if (found instanceof Y.Item && found.parent instanceof Y.AbstractType) {
          place = { container: this.containerOfExisting(found.parent), key: found.parentSub };
        } else if (found instanceof Y.Item) {
          current = found;
        } else {
          // Garbage-collected (Yjs drops the item) or not there yet (the update is held back).
          place = null;
        }
      }
    }
    for (const visited of chain) this.known.set(visited, place);
    return place;
  }

  /** The container a parent id names: a shared type in the document or in the update. */
  private containerAt(id: Y.ID): Container | null {
    const found = this.find(id);
    // Content that is not a shared type (or is gone) cannot be a parent: Yjs drops the item.
    if (!(found instanceof Y.Item) || !(found.content instanceof Y.ContentType)) return null;
    const { type } = found.content;
    if (found.parent instanceof Y.AbstractType) return this.containerOfExisting(type);
    // A type the update adds where Yjs drops it (its parent was removed meanwhile) is dropped with all it holds.
    const place = this.of(found);
    return place && containerOfType(type, () => place.container);
  }

  /** The container an existing shared type of the document is. */
  private containerOfExisting(type: SharedType): Container {
    const item = type._item;
    if (item === null) {
      return type === this.document.share.get(COLLABORATION_FIELD) ? { kind: 'fragment' } : { kind: 'other' };
    }
    return containerOfType(type, () =>
      item.parent instanceof Y.AbstractType ? this.containerOfExisting(item.parent) : { kind: 'other' },
    );
  }

  /** The struct holding this id: in the document if it has it, else in the update; undefined if neither. */
  private find(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock < Y.getState(this.document.store, id.client)) {
      const struct: unknown = Y.getItem(this.document.store, id);
      return struct instanceof Y.Item || struct instanceof Y.GC ? struct : undefined;
    }
    const list = this.byClient.get(id.client) ?? [];
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = list[middle];
      if (!struct) break;
      if (id.clock < struct.id.clock) high = middle - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct instanceof Y.Skip ? undefined : struct;
    }
    return undefined;
  }
}
