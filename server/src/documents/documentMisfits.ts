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
  const other: Container = { kind: 'other' };
  for (const [name, root] of ydoc.share) {
    if (name === COLLABORATION_FIELD) continue;
    const reason = `content in “${name}”, outside the document`;
    for (const [key, item] of root._map) if (!item.deleted) misfits.push({ item, container: other, key, reason });
    for (let item = root._start; item; item = item.right) {
      if (!item.deleted) misfits.push({ item, container: other, key: null, reason });
    }
  }
  const fragment = ydoc.share.get(COLLABORATION_FIELD);
  if (!fragment) return misfits;
  const pending: Array<{ type: SharedType; container: Container }> = [
    { type: fragment, container: { kind: 'fragment' } },
  ];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { type, container } = next;
    const check = (key: string | null, item: Y.Item) => {
      const reason = contentMisfit(rules, container, key, item.content);
      if (reason !== null) misfits.push({ item, container, key, reason });
      return reason === null;
    };
    for (const [key, item] of type._map) if (!item.deleted) check(key, item);
    const children: typeof pending = [];
    for (let item = type._start; item; item = item.right) {
      // Most of a document is words: they fit in any text, so they are passed over at once.
      if (item.deleted || (container.kind === 'text' && item.content instanceof Y.ContentString)) continue;
      if (check(null, item) && item.content instanceof Y.ContentType) {
        const child = item.content.type;
        children.push({ type: child, container: containerOfType(child, () => container) });
      }
    }
    // Reversed onto the stack so children are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as (typeof pending)[number]);
  }
  return misfits;
}

/** The first reason the document does not fit the schema, or null when it fits. */
export function documentMisfit(ydoc: Y.Doc, rules: SchemaRules = SchemaRules.shared): string | null {
  return documentMisfits(ydoc, rules)[0]?.reason ?? null;
}
