import { isSafeLink, type RenderedMark, type RenderedNode } from '@roundtable/shared';
import * as Y from 'yjs';

export type ChangeKind = 'added' | 'removed';

export interface RenderOptions {
  /** Render the document as it was at this snapshot (needs a document kept without garbage collection). */
  snapshot?: Y.Snapshot;
  /** With `snapshot`: also show what this earlier snapshot had and the later one lacks, and the reverse. */
  prevSnapshot?: Y.Snapshot;
  /** The mark for text that was added since `prevSnapshot` or removed by `snapshot`. */
  changeMark?: (kind: ChangeKind, id: Y.ID) => RenderedMark | undefined;
}

const FORMAT_MARKS = new Set(['bold', 'italic', 'strike', 'code']);
/** Deeper nesting than any real document has is flattened to its text, so no document can exhaust the stack. */
const MAX_DEPTH = 48;

/**
 * The document's content as read-only JSON in the shared schema's node names, built
 * from the Yjs structure the editor writes (elements named after nodes, text whose
 * formatting attributes are marks). Link targets that could run script are dropped.
 */
export function renderYFragment(fragment: Y.XmlFragment, options: RenderOptions = {}): RenderedNode {
  return { type: 'doc', content: renderChildren(fragment, options, 0) };
}

function renderChildren(parent: Y.XmlFragment | Y.XmlElement, options: RenderOptions, depth: number): RenderedNode[] {
  const nodes: RenderedNode[] = [];
  for (const child of childrenOf(parent, options)) {
    if (child instanceof Y.XmlText) nodes.push(...renderText(child, options));
    else if (child instanceof Y.XmlElement) {
      nodes.push(depth < MAX_DEPTH ? renderElement(child, options, depth + 1) : flattened(child, options));
    }
  }
  return nodes;
}

/** An over-deep element as one paragraph of its text, walked without recursion. */
function flattened(element: Y.XmlElement, options: RenderOptions): RenderedNode {
  const content: RenderedNode[] = [];
  const stack: unknown[] = [element];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next instanceof Y.XmlText) content.push(...renderText(next, options));
    else if (next instanceof Y.XmlElement) stack.push(...childrenOf(next, options).reverse());
  }
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function childrenOf(parent: Y.XmlFragment | Y.XmlElement, options: RenderOptions): Y.AbstractType<unknown>[] {
  const { snapshot, prevSnapshot } = options;
  if (!snapshot) return parent.toArray() as Y.AbstractType<unknown>[];
  // Everything that existed at either snapshot, as Yjs's own snapshot rendering does.
  const either = Y.createSnapshot(prevSnapshot?.ds ?? Y.emptySnapshot.ds, snapshot.sv);
  return (Y.typeListToArraySnapshot(parent, either) as Y.AbstractType<unknown>[]).filter((child) => {
    const item = child._item;
    return !item || visibleAt(item, snapshot) || (prevSnapshot !== undefined && visibleAt(item, prevSnapshot));
  });
}

function renderElement(element: Y.XmlElement, options: RenderOptions, depth: number): RenderedNode {
  const { snapshot, prevSnapshot } = options;
  // A removed element's attributes were removed with it: read them as they were.
  const attributeSnapshot = snapshot && element._item && !visibleAt(element._item, snapshot) ? prevSnapshot : snapshot;
  const attrs: NonNullable<RenderedNode['attrs']> = {};
  for (const [key, value] of Object.entries(element.getAttributes(attributeSnapshot) as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
      attrs[key] = value;
    }
  }
  const node: RenderedNode = { type: element.nodeName };
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  const content = renderChildren(element, options, depth);
  if (content.length > 0) node.content = content;
  return node;
}

interface DeltaOp {
  insert: unknown;
  attributes?: Record<string, unknown>;
}

interface ChangeAttribute {
  kind: ChangeKind;
  client: number;
  clock: number;
}

function renderText(text: Y.XmlText, options: RenderOptions): RenderedNode[] {
  const { snapshot, prevSnapshot, changeMark } = options;
  // Yjs groups consecutive characters of one client into one change; returning a
  // fresh user value per item keeps every item apart, so each gets its own author.
  const computeChange = (kind: ChangeKind, id: Y.ID): ChangeAttribute & { user: number } => ({
    kind,
    client: id.client,
    clock: id.clock,
    user: Number.NaN,
  });
  const delta = (snapshot ? text.toDelta(snapshot, prevSnapshot, computeChange) : text.toDelta()) as DeltaOp[];
  const nodes: RenderedNode[] = [];
  for (const op of delta) {
    if (typeof op.insert !== 'string' || op.insert.length === 0) continue;
    const marks = marksOf(op.attributes ?? {}, changeMark);
    const previous = nodes.at(-1);
    if (previous?.text !== undefined && JSON.stringify(previous.marks ?? []) === JSON.stringify(marks)) {
      previous.text += op.insert;
      continue;
    }
    nodes.push(marks.length > 0 ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert });
  }
  return nodes;
}

function marksOf(attributes: Record<string, unknown>, changeMark: RenderOptions['changeMark']): RenderedMark[] {
  const marks: RenderedMark[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    // Overlapping marks are stored as "name--hash".
    const name = key.split('--')[0] ?? key;
    if (FORMAT_MARKS.has(name)) {
      marks.push({ type: name as 'bold' | 'italic' | 'strike' | 'code' });
    } else if (name === 'link') {
      const href = (value as { href?: unknown } | null)?.href;
      if (typeof href === 'string' && isSafeLink(href)) marks.push({ type: 'link', attrs: { href } });
    } else if (name === 'ychange' && changeMark) {
      const change = value as ChangeAttribute;
      const mark = changeMark(change.kind, Y.createID(change.client, change.clock));
      if (mark) marks.push(mark);
    }
  }
  return marks.sort((a, b) => a.type.localeCompare(b.type));
}

/** Whether an item existed and was not yet removed at a snapshot (Yjs keeps this helper internal). */
function visibleAt(item: Y.Item, snapshot: Y.Snapshot): boolean {
  return (snapshot.sv.get(item.id.client) ?? 0) > item.id.clock && !Y.isDeleted(snapshot.ds, item.id);
}
