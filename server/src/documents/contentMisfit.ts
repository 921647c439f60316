import * as Y from 'yjs';
import { type SchemaRules, TOP_NODE } from './SchemaRules.ts';

/**
 * Where a piece of content sits in the shared document, described in the schema's
 * terms: the fragment that holds the document, an element (a node), the text of an
 * element (`holder` tells which, found only when formatting needs it), or anything else
 * (another root, or a kind of shared type the editor never makes).
 */
export type Container =
  | { kind: 'fragment' }
  | { kind: 'element'; node: string; depth: () => number }
  | { kind: 'text'; holder: () => Container }
  | { kind: 'other' };

/** Any shared type a document holds (Yjs types them with an event parameter). */
export type SharedType = Y.Doc['share'] extends Map<string, infer Type> ? Type : never;

/** What kind of container a shared type is, given the container it sits in (asked for only when needed). */
export function containerOfType(type: SharedType, holder: () => Container): Container {
  if (type instanceof Y.XmlText) return { kind: 'text', holder };
  if (type instanceof Y.XmlElement) {
    let depth: number | undefined;
    return { kind: 'element', node: type.nodeName, depth: () => (depth ??= depthOf(holder()) + 1) };
  }
  return { kind: 'other' };
}

/** How many elements deep a container is: 0 for the fragment, 1 for a top-level block. */
export function depthOf(container: Container): number {
  return container.kind === 'element' ? container.depth() : 0;
}

/**
 * Why one item of content does not fit where it sits, or null when it does. `key` is
 * set for an attribute (a map entry) and null for an item in a list (children, text).
 * This is the whole of the schema check: the document fits when every item in it fits
 * where it sits, so an update fits when each item it adds does.
 */
export function contentMisfit(
  rules: SchemaRules,
  container: Container,
  key: string | null,
  content: Y.Item['content'],
): string | null {
  // Removed content takes no room: nothing to check.
  if (content instanceof Y.ContentDeleted) return null;
  if (container.kind === 'other') return 'content outside the document’s text';
  if (key !== null) {
    if (container.kind !== 'element') return `an attribute “${key}” where there are none`;
    const value = content instanceof Y.ContentAny && content.arr.length === 1 ? content.arr[0] : undefined;
    return value !== undefined && rules.nodeAttributeFits(container.node, key, value)
      ? null
      : `${container.node} with attribute ${key} = ${describe(value)}`;
  }
  if (container.kind === 'text') return textMisfit(rules, container, content);
  const parent = container.kind === 'fragment' ? TOP_NODE : container.node;
  if (!(content instanceof Y.ContentType)) return `${kindOf(content)} directly inside ${parent}`;
  const { type } = content;
  if (type instanceof Y.XmlText) {
    return container.kind === 'element' && rules.holdsText(parent) ? null : `text directly inside ${parent}`;
  }
  if (type instanceof Y.XmlElement) {
    if (!rules.schema.nodes[type.nodeName] || type.nodeName === TOP_NODE) return `an unknown node “${type.nodeName}”`;
    if (!rules.mayContain(parent, type.nodeName)) return `${type.nodeName} inside ${parent}`;
    return rules.mayNestAt(type.nodeName, depthOf(container) + 1) ? null : `${type.nodeName} nested too deep`;
  }
  return `${kindOf(content)} inside ${parent}`;
}

function textMisfit(
  rules: SchemaRules,
  container: { kind: 'text'; holder: () => Container },
  content: Y.Item['content'],
): string | null {
  if (content instanceof Y.ContentString) return null;
  if (!(content instanceof Y.ContentFormat)) return `${kindOf(content)} inside text`;
  const holder = container.holder();
  if (holder.kind !== 'element') return 'formatting on text outside a block';
  if (!rules.markOf(content.key)) return `an unknown mark “${content.key}”`;
  return rules.markFits(holder.node, content.key, content.value)
    ? null
    : `${content.key} = ${describe(content.value)} inside ${holder.node}`;
}

/** The kind of content, as a log line names it. */
function kindOf(content: Y.Item['content']): string {
  if (content instanceof Y.ContentString) return 'text';
  if (content instanceof Y.ContentEmbed) return 'an embed';
  if (content instanceof Y.ContentBinary) return 'binary content';
  if (content instanceof Y.ContentDoc) return 'a sub-document';
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return 'JSON content';
  if (content instanceof Y.ContentFormat) return 'formatting';
  if (content instanceof Y.ContentType) return `a shared ${content.type.constructor.name}`;
  return 'unknown content';
}

/** A value, shortened for a log line: the person's own words are not logged whole. */
function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
