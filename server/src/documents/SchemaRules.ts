import { documentExtensions, isSafeLink, isSectionId, SECTION_ID_ATTRIBUTE } from '@roundtable/shared';
import { getSchema, resolveExtensions } from '@tiptap/core';
import type { MarkType, NodeType, Schema } from '@tiptap/pm/model';

/** The top node; the shared document's fragment holds its content. */
export const TOP_NODE = 'doc';

/** Overlapping marks (comments) are stored under "name--hash", as y-prosemirror writes them. */
const HASHED_MARK_KEY = /^(.*)--[a-zA-Z0-9+/=]{8}$/;

/**
 * How many elements deep content may nest (a top-level block is 1). The editor binding
 * builds nested content by recursion, so a document nested thousands deep cannot be
 * opened at all; no real strategy nests a tenth as deep.
 */
export const MAX_NESTING = 32;

type ValueRule = (value: unknown) => boolean;

/** Formatting verdicts kept at once; links make many distinct ones. */
const MAX_CACHED_VERDICTS = 10_000;

/**
 * What the shared schema allows, in the terms the shared document is written in: which
 * element may sit inside which, which elements hold text, which marks text may carry
 * there, and which attribute values are ones the editor writes. Built from the Tiptap
 * extensions in `shared/`, so the schema is never copied by hand; only attribute values
 * the schema leaves open (a heading's level and section id, a list's start, a link's address) have rules of their own.
 */
export class SchemaRules {
  readonly schema: Schema;
  /** Node name → the element names it may contain somewhere in its content. */
  private readonly children = new Map<string, ReadonlySet<string>>();
  /** Nodes whose content is text (paragraphs, headings). */
  private readonly textHolders = new Set<string>();
  /** Node name (or mark name) → attribute name → what its value must be. */
  private readonly nodeValues = new Map<string, Map<string, ValueRule>>();
  private readonly markValues = new Map<string, Map<string, ValueRule>>();
  private readonly markVerdicts = new Map<string, boolean>();

  private static sharedRules: SchemaRules | undefined;

  /** The rules of the shared document schema, built once. */
  static get shared(): SchemaRules {
    SchemaRules.sharedRules ??= new SchemaRules();
    return SchemaRules.sharedRules;
  }

  private constructor() {
    const extensions = documentExtensions();
    this.schema = getSchema(extensions);
    const headingLevels = optionOf(resolveExtensions(extensions), 'heading', 'levels');
    const special: Record<string, Record<string, ValueRule>> = {
      heading: {
        level: (value) => Array.isArray(headingLevels) && headingLevels.includes(value),
        // Made by newSectionId; the editor never writes one empty, of another kind or overlong.
        [SECTION_ID_ATTRIBUTE]: isSectionId,
      },
      // Pasted lists may start anywhere, even below zero.
      orderedList: { start: (value) => Number.isSafeInteger(value) },
      link: { href: (value) => typeof value === 'string' && isSafeLink(value) },
    };
    for (const type of Object.values(this.schema.nodes)) {
      if (type.isText) continue;
      const content = reachable(type);
      this.children.set(type.name, new Set([...content].filter((child) => !child.isText).map((child) => child.name)));
      if (type.inlineContent && [...content].some((child) => child.isText)) this.textHolders.add(type.name);
      this.nodeValues.set(type.name, valueRules(type.spec.attrs, special[type.name]));
    }
    for (const type of Object.values(this.schema.marks)) {
      this.markValues.set(type.name, valueRules(type.spec.attrs, special[type.name]));
    }
  }

  /** Whether an element named `child` may sit inside `parent` (a node name, or TOP_NODE for the fragment). */
  mayContain(parent: string, child: string): boolean {
    return this.children.get(parent)?.has(child) ?? false;
  }

  /** Whether `node` holds text (and so XmlText children) rather than blocks. */
  holdsText(node: string): boolean {
    return this.textHolders.has(node);
  }

  /**
   * Whether an element named `node` may sit `depth` elements deep: never below
   * MAX_NESTING, and at it only if it holds no blocks (so whatever was too deep can be
   * put back there as a paragraph).
   */
  mayNestAt(node: string, depth: number): boolean {
    if (depth > MAX_NESTING) return false;
    return depth < MAX_NESTING || this.holdsText(node) || (this.children.get(node)?.size ?? 0) === 0;
  }

  /** Whether an element attribute is one the node has, with a value the editor writes. */
  nodeAttributeFits(node: string, key: string, value: unknown): boolean {
    return this.nodeValues.get(node)?.get(key)?.(value) ?? false;
  }

  /** The mark a formatting key of text names ("bold", "comment--a1b2c3d4"), if the schema has it. */
  markOf(key: string): MarkType | undefined {
    const name = HASHED_MARK_KEY.exec(key)?.[1] ?? key;
    return Object.hasOwn(this.schema.marks, name) ? this.schema.marks[name] : undefined;
  }

  /**
   * Whether text inside `node` may carry this formatting: a mark the node allows, either
   * ended (null) or with attributes of the mark that have values the editor writes.
   */
  markFits(node: string, key: string, value: unknown): boolean {
    // Documents repeat the same few kinds of formatting thousands of times.
    const cacheKey = `${node}\u0000${key}\u0000${JSON.stringify(value)}`;
    let fits = this.markVerdicts.get(cacheKey);
    if (fits === undefined) {
      fits = this.checkMark(node, key, value);
      if (this.markVerdicts.size >= MAX_CACHED_VERDICTS) this.markVerdicts.clear();
      this.markVerdicts.set(cacheKey, fits);
    }
    return fits;
  }

  private checkMark(node: string, key: string, value: unknown): boolean {
    const mark = this.markOf(key);
    const type = this.schema.nodes[node];
    if (!mark || !type?.allowsMarkType(mark)) return false;
    if (value === null) return true;
    if (typeof value !== 'object' || Array.isArray(value)) return false;
    const rules = this.markValues.get(mark.name);
    return Object.entries(value).every(([name, attribute]) => rules?.get(name)?.(attribute) ?? false);
  }

  /** The elements to wrap a paragraph in so it may sit inside `parent` (none needed: []), or null if it cannot. */
  paragraphWrapping(parent: string): readonly string[] | null {
    const type = this.schema.nodes[parent];
    const paragraph = this.schema.nodes.paragraph;
    if (!type || !paragraph) return null;
    return type.contentMatch.findWrapping(paragraph)?.map((wrapper) => wrapper.name) ?? null;
  }
}

/** The value of a resolved extension's option, unknown until checked. */
function optionOf(extensions: ReadonlyArray<{ name: string; options: unknown }>, name: string, option: string) {
  const options = extensions.find((extension) => extension.name === name)?.options;
  return typeof options === 'object' && options !== null ? (options as Record<string, unknown>)[option] : undefined;
}

/** Every node type that may appear anywhere in `type`'s content. */
function reachable(type: NodeType): Set<NodeType> {
  const types = new Set<NodeType>();
  const seen = new Set([type.contentMatch]);
  const queue = [type.contentMatch];
  for (let match = queue.pop(); match; match = queue.pop()) {
    for (let i = 0; i < match.edgeCount; i++) {
      const edge = match.edge(i);
      types.add(edge.type);
      if (!seen.has(edge.next)) {
        seen.add(edge.next);
        queue.push(edge.next);
      }
    }
  }
  return types;
}

/**
 * Rules for each attribute the schema declares: the special rule if there is one,
 * otherwise a value of the default's kind (text or nothing where the default is nothing).
 */
function valueRules(
  attrs: Record<string, { default?: unknown }> | undefined,
  special: Record<string, ValueRule> = {},
): Map<string, ValueRule> {
  const rules = new Map<string, ValueRule>();
  for (const [name, spec] of Object.entries(attrs ?? {})) {
    const fallback = spec.default;
    rules.set(
      name,
      special[name] ??
        ((value) => {
          if (value === null) return true;
          if (fallback === null || fallback === undefined || typeof fallback === 'string') {
            return typeof value === 'string';
          }
          if (typeof fallback === 'number') return typeof value === 'number' && Number.isFinite(value);
          return typeof value === typeof fallback;
        }),
    );
  }
  return rules;
}
