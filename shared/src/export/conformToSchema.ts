import { getSchema } from '@tiptap/core';
import type { NodeType, Schema } from '@tiptap/pm/model';
import type { RenderedMark, RenderedNode } from '../history/historyTypes.ts';
import { documentExtensions } from '../schema/documentExtensions.ts';
import { isSafeLink } from '../schema/isSafeLink.ts';

/** documentExtensions() configures headings 1–3. */
const MAX_HEADING_LEVEL = 3;
const ABSOLUTE_LINK = /^(https?:|mailto:)/i;

let documentSchema: Schema | undefined;

/**
 * The content as the shared document schema allows it. Content comes from the Yjs
 * copy, which any well-formed update can shape: a hostile client can write elements
 * the editor never would. Unknown elements give up their text to their parent, text
 * outside a paragraph gets one, attributes and marks are only those the schema knows,
 * links only absolute web or email addresses (a relative link means nothing outside
 * Roundtable), and empty blocks are dropped so a reader never hears "blank".
 */
export function conformToSchema(doc: RenderedNode): RenderedNode {
  documentSchema ??= getSchema(documentExtensions());
  const docType = documentSchema.topNodeType;
  return { type: docType.name, content: conformBlocks(documentSchema, docType, doc.content ?? []) };
}

function conformBlocks(schema: Schema, parent: NodeType, children: RenderedNode[]): RenderedNode[] {
  const allowed = childTypesOf(parent);
  const result: RenderedNode[] = [];
  let strays: RenderedNode[] = [];
  const wrapStrays = () => {
    if (strays.length === 0) return;
    const wrapper = parent.contentMatch.defaultType;
    if (wrapper) result.push(...conformNode(schema, wrapper, strays));
    strays = [];
  };
  for (const child of children) {
    const type = child.type === 'text' ? undefined : schema.nodes[child.type];
    if (child.type === 'text' || type?.isInline) {
      strays.push(child);
      continue;
    }
    if (type && allowed.has(type)) {
      wrapStrays();
      result.push(...conformNode(schema, type, child.content ?? [], child.attrs));
    } else if (type && parent.contentMatch.defaultType && childTypesOf(parent.contentMatch.defaultType).has(type)) {
      // A paragraph straight inside a list becomes an item of it.
      strays.push(child);
    } else {
      wrapStrays();
      result.push(...conformBlocks(schema, parent, child.content ?? []));
    }
  }
  wrapStrays();
  return result;
}

function conformNode(
  schema: Schema,
  type: NodeType,
  children: RenderedNode[],
  attrs?: RenderedNode['attrs'],
): RenderedNode[] {
  const content = type.isTextblock ? conformInline(schema, children) : conformBlocks(schema, type, children);
  if (content.length === 0 || content.every((child) => child.type === 'hardBreak')) return [];
  const node: RenderedNode = { type: type.name, content };
  const conformedAttrs = conformAttrs(type.name, attrs);
  if (conformedAttrs) node.attrs = conformedAttrs;
  return [node];
}

function conformInline(schema: Schema, children: RenderedNode[]): RenderedNode[] {
  const result: RenderedNode[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      if (typeof child.text !== 'string' || child.text.length === 0) continue;
      const marks = conformMarks(schema, child.marks ?? []);
      result.push(marks.length > 0 ? { type: 'text', text: child.text, marks } : { type: 'text', text: child.text });
    } else if (schema.nodes[child.type]?.isInline) {
      result.push({ type: child.type });
    } else {
      result.push(...conformInline(schema, child.content ?? []));
    }
  }
  return result;
}

function conformMarks(schema: Schema, marks: RenderedMark[]): RenderedMark[] {
  const result: RenderedMark[] = [];
  for (const mark of marks) {
    if (!schema.marks[mark.type] || result.some((kept) => kept.type === mark.type)) continue;
    if (mark.type === 'link') {
      const href = mark.attrs?.href;
      if (typeof href === 'string' && ABSOLUTE_LINK.test(href.trim()) && isSafeLink(href)) {
        result.push({ type: 'link', attrs: { href: href.trim() } });
      }
    } else if (mark.type === 'bold' || mark.type === 'italic') {
      result.push({ type: mark.type });
    }
  }
  return result;
}

function conformAttrs(type: string, attrs: RenderedNode['attrs']): RenderedNode['attrs'] | undefined {
  if (type === 'heading') {
    const level = Number(attrs?.level);
    return { level: Number.isInteger(level) ? Math.min(Math.max(level, 1), MAX_HEADING_LEVEL) : 1 };
  }
  if (type === 'orderedList') {
    const start = Number(attrs?.start);
    return { start: Number.isInteger(start) && start >= 0 && start < 1_000_000 ? start : 1 };
  }
  return undefined;
}

const childTypeCache = new WeakMap<NodeType, Set<NodeType>>();

/** Every node type the schema lets appear directly inside this one, in any position. */
function childTypesOf(type: NodeType): Set<NodeType> {
  const cached = childTypeCache.get(type);
  if (cached) return cached;
  const found = new Set<NodeType>();
  const seen = new Set([type.contentMatch]);
  const queue = [type.contentMatch];
  for (let match = queue.shift(); match; match = queue.shift()) {
    for (let i = 0; i < match.edgeCount; i++) {
      const edge = match.edge(i);
      found.add(edge.type);
      if (!seen.has(edge.next)) {
        seen.add(edge.next);
        queue.push(edge.next);
      }
    }
  }
  childTypeCache.set(type, found);
  return found;
}
