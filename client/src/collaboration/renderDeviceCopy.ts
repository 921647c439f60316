import { COLLABORATION_FIELD, isSafeLink, type RenderedMark, type RenderedNode } from '@roundtable/shared';
import * as Y from 'yjs';

const FORMAT_MARKS = new Set(['bold', 'italic']);
/** Deeper than any real document; below it an element is kept as its words alone, so no copy can exhaust the stack. */
const MAX_DEPTH = 48;

/**
 * The document as this device holds it, in the shared schema's node names, read from the
 * structure the editor writes (elements named after nodes, text whose formatting
 * attributes are marks). For a copy the person saves for themselves: the words with
 * their headings, lists and emphasis, and safe links; comment anchors are left out.
 */
export function renderDeviceCopy(ydoc: Y.Doc): RenderedNode {
  return { type: 'doc', content: renderChildren(ydoc.getXmlFragment(COLLABORATION_FIELD), 0) };
}

function renderChildren(parent: Y.XmlFragment | Y.XmlElement, depth: number): RenderedNode[] {
  const nodes: RenderedNode[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) nodes.push(...renderText(child));
    else if (child instanceof Y.XmlElement) {
      nodes.push(depth < MAX_DEPTH ? renderElement(child, depth + 1) : { type: 'paragraph', content: wordsOf(child) });
    }
  }
  return nodes;
}

function renderElement(element: Y.XmlElement, depth: number): RenderedNode {
  const node: RenderedNode = { type: element.nodeName };
  const attrs: NonNullable<RenderedNode['attrs']> = {};
  for (const [key, value] of Object.entries(element.getAttributes() as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
      attrs[key] = value;
    }
  }
  if (Object.keys(attrs).length > 0) node.attrs = attrs;
  const content = renderChildren(element, depth);
  if (content.length > 0) node.content = content;
  return node;
}

/** Every piece of text under an element, walked without recursion. */
function wordsOf(element: Y.XmlElement): RenderedNode[] {
  const words: RenderedNode[] = [];
  const stack: unknown[] = [element];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next instanceof Y.XmlText) words.push(...renderText(next));
    else if (next instanceof Y.XmlElement) stack.push(...next.toArray().reverse());
  }
  return words;
}

interface DeltaOp {
  insert: unknown;
  attributes?: Record<string, unknown>;
}

function renderText(text: Y.XmlText): RenderedNode[] {
  const nodes: RenderedNode[] = [];
  for (const op of text.toDelta() as DeltaOp[]) {
    if (typeof op.insert !== 'string' || op.insert.length === 0) continue;
    const marks = marksOf(op.attributes ?? {});
    nodes.push(marks.length > 0 ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert });
  }
  return nodes;
}

function marksOf(attributes: Record<string, unknown>): RenderedMark[] {
  const marks: RenderedMark[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    // Overlapping marks are stored as "name--hash".
    const name = key.split('--')[0] ?? key;
    if (FORMAT_MARKS.has(name)) marks.push({ type: name as 'bold' | 'italic' });
    else if (name === 'link') {
      const href = (value as { href?: unknown } | null)?.href;
      if (typeof href === 'string' && isSafeLink(href)) marks.push({ type: 'link', attrs: { href } });
    }
  }
  return marks;
}
