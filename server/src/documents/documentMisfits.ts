import { COLLABORATION_FIELD } from '@roundtable/shared';
import * as Y from 'yjs';
import { type Container, containerOfType, contentMisfit, type SharedType } from './contentMisfit.ts';
import { SchemaRules } from './SchemaRules.ts';

/** One item of a stored document that does not fit the schema where it sits. */
export interface Misfit {
  item: Y.Item;
  /** Where it sits: the fragment, an element or an element's text. */
  container: Container;
  /** The attribute it sets, or null for an item in a list (children, text). */
  key: string | null;
  reason: string;
}

/**
 * Every item of a document that does not fit the shared schema: anything in a root
 * other than the document's own, and every item in the document that does not fit
 * where it sits (the items of one list come in their order). What is inside a misfit is
 * not looked at: it goes with it. Walked without recursion, so no nesting can exhaust
 * the stack.
 */
export function documentMisfits(ydoc: Y.Doc, rules: SchemaRules = SchemaRules.shared): Misfit[] {
  const misfits: Misfit[] = [];
  for (const [name, root] of ydoc.share) {
    if (name === COLLABORATION_FIELD) continue;
    for (const [key, item] of itemsOf(root)) {
      misfits.push({ item, container: { kind: 'other' }, key, reason: `content in “${name}”, outside the document` });
    }
  }
  const fragment = ydoc.share.get(COLLABORATION_FIELD);
  if (!fragment) return misfits;
  const pending: Array<{ type: SharedType; container: Container }> = [
    { type: fragment, container: { kind: 'fragment' } },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { type, container } = next;
    const children: typeof pending = [];
    for (const [key, item] of itemsOf(type)) {
      const reason = contentMisfit(rules, container, key, item.content);
      if (reason !== null) misfits.push({ item, container, key, reason });
      else if (item.content instanceof Y.ContentType) {
        const child = item.content.type;
        children.push({ type: child, container: containerOfType(child, () => container) });
      }
    }
    // Reversed onto the stack so children are visited in document order.
    pending.push(...children.reverse());
  }
  return misfits;
}

/** The first reason the document does not fit the schema, or null when it fits. */
export function documentMisfit(ydoc: Y.Doc, rules: SchemaRules = SchemaRules.shared): string | null {
  return documentMisfits(ydoc, rules)[0]?.reason ?? null;
}

/** A type's present items: its attributes (with their key), then its list in order (key null). */
function* itemsOf(type: SharedType): Generator<[string | null, Y.Item]> {
  for (const [key, item] of type._map) if (!item.deleted) yield [key, item];
  for (let item = type._start; item; item = item.right) if (!item.deleted) yield [null, item];
}
