import { COLLABORATION_FIELD, SECTION_ID_ATTRIBUTE } from '@roundtable/shared';
import * as Y from 'yjs';
import { depthOf } from './contentMisfit.ts';
import { documentMisfits, type Misfit } from './documentMisfits.ts';
import { MAX_NESTING, SchemaRules, TOP_NODE } from './SchemaRules.ts';
import { sectionIdRepairs } from './sectionIdRepairs.ts';

/** Formatted words, as Y.Text deltas hold them. */
type Words = Array<{ insert: string; attributes?: Record<string, unknown> }>;

/**
 * The update that makes a stored document fit the shared schema, or null when it fits
 * already. The editor cannot build what does not fit (it deletes what it cannot build,
 * or fails to load), so this is applied before anyone is sent the document:
 * - anything outside the document's own text is removed;
 * - an attribute or formatting the schema does not allow (a heading of level 9, a
 *   link to a script, an unknown mark) is removed, so the default or plain text is left;
 * - an element or text where it does not belong (unknown nodes, text where blocks
 *   belong, blocks inside text) is replaced by its words, as paragraphs where blocks
 *   belong or as text inside a block; what has no words (embeds, binary, JSON) goes;
 * - a heading without a section id (stored before headings had them) gets one, and of
 *   headings sharing one, the first keeps it and the others get new ones.
 * The document itself is not changed: the repair is worked out on a copy, only when
 * something does not fit.
 */
export function schemaRepair(ydoc: Y.Doc, rules: SchemaRules = SchemaRules.shared): Uint8Array | null {
  const root = ydoc.share.get(COLLABORATION_FIELD);
  if (documentMisfits(ydoc, rules).length === 0 && (!root || sectionIdRepairs(root).length === 0)) return null;
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    // Typed before it is read, so its children can be inserted through it.
    copy.getXmlFragment(COLLABORATION_FIELD);
    const updates: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => updates.push(update));
    const misfits = documentMisfits(copy, rules);
    copy.transact((transaction) => {
      for (const group of adjacentWords(misfits)) replace(group, rules, transaction);
      // After the misfits are gone, so a removed heading or section id counts for nothing.
      for (const { heading, sectionId } of sectionIdRepairs(copy.getXmlFragment(COLLABORATION_FIELD))) {
        heading.setAttribute(SECTION_ID_ATTRIBUTE, sectionId);
      }
    });
    return updates.length === 0 ? null : Y.mergeUpdates(updates);
  } finally {
    copy.destroy();
  }
}

/** Applies the repair to the document itself (a copy nobody else sees, such as a version being opened). */
export function fitToSchema(ydoc: Y.Doc, rules: SchemaRules = SchemaRules.shared): void {
  const repair = schemaRepair(ydoc, rules);
  if (repair) Y.applyUpdate(ydoc, repair);
}

/**
 * Misfits grouped so that bare text stored in pieces side by side (several people's
 * characters, say) is put back as one passage rather than one paragraph per piece.
 */
function adjacentWords(misfits: Misfit[]): Misfit[][] {
  const groups: Misfit[][] = [];
  for (const misfit of misfits) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (
      group &&
      previous &&
      misfit.key === null &&
      misfit.item.content instanceof Y.ContentString &&
      previous.item.content instanceof Y.ContentString &&
      visibleLeftOf(misfit.item) === previous.item
    ) {
      group.push(misfit);
    } else {
      groups.push([misfit]);
    }
  }
  return groups;
}

function visibleLeftOf(item: Y.Item): Y.Item | null {
  let left = item.left;
  while (left?.deleted) left = left.left;
  return left;
}

/** Removes a group of misfits, putting their words back in a form that fits where they were. */
function replace(group: Misfit[], rules: SchemaRules, transaction: Y.Transaction): void {
  const first = group[0];
  const last = group.at(-1);
  if (!first || !last) return;
  const { container, key } = first;
  const parent = last.item.parent;
  // Bare text stored in pieces is one passage.
  const runs =
    key !== null
      ? []
      : group.length > 1
        ? [group.flatMap((misfit) => wordsOf(misfit.item.content).flat())]
        : wordsOf(first.item.content);
  let replacement: Array<Y.XmlElement | Y.XmlText> = [];
  if (runs.length > 0 && parent instanceof Y.XmlFragment) {
    if (container.kind === 'element' && rules.holdsText(container.node)) {
      const words = fitted(runs.flat(), container.node, rules);
      if (words.length > 0) replacement = [textOf(words)];
    } else if (container.kind === 'element' || container.kind === 'fragment') {
      const wrapping = rules.paragraphWrapping(container.kind === 'element' ? container.node : TOP_NODE);
      // Words found too deep are put back only where a paragraph may nest.
      if (wrapping && depthOf(container) + wrapping.length + 1 <= MAX_NESTING) {
        replacement = runs
          .map((run) => fitted(run, 'paragraph', rules))
          .filter((words) => words.length > 0)
          .map((words) => paragraphOf(words, wrapping));
      }
    }
  }
  if (replacement.length > 0 && parent instanceof Y.XmlFragment) parent.insertAfter(last.item, replacement);
  for (const misfit of group) misfit.item.delete(transaction);
}

/**
 * The words held by a piece of content, one run per passage (a text, or bare text
 * stored side by side), in document order. Content that holds no words gives none.
 */
function wordsOf(content: Y.Item['content']): Words[] {
  if (content instanceof Y.ContentString) return [[{ insert: content.str }]];
  if (!(content instanceof Y.ContentType)) return [];
  if (content.type instanceof Y.Text) return [deltaOf(content.type)];
  const runs: Words[] = [];
  let run: Words | null = null;
  // The items still to read, innermost list last; walked without recursion.
  const pending: Array<Y.Item | null> = [content.type._start];
  while (pending.length > 0) {
    const item = pending.pop();
    if (!item) {
      run = null;
      continue;
    }
    pending.push(item.right);
    if (item.deleted) continue;
    if (item.content instanceof Y.ContentString) {
      if (!run) {
        run = [];
        runs.push(run);
      }
      run.push({ insert: item.content.str });
    } else if (item.content instanceof Y.ContentType) {
      run = null;
      if (item.content.type instanceof Y.Text) runs.push(deltaOf(item.content.type));
      else pending.push(item.content.type._start);
    }
  }
  return runs;
}

function deltaOf(text: Y.Text): Words {
  const delta: Array<{ insert?: unknown; attributes?: Record<string, unknown> }> = text.toDelta();
  return delta.flatMap((op) =>
    typeof op.insert === 'string'
      ? [op.attributes ? { insert: op.insert, attributes: op.attributes } : { insert: op.insert }]
      : [],
  );
}

/** The words with only the formatting that fits inside `node`. */
function fitted(words: Words, node: string, rules: SchemaRules): Words {
  return words
    .filter((op) => op.insert.length > 0)
    .map((op) => {
      const attributes = Object.fromEntries(
        Object.entries(op.attributes ?? {}).filter(
          ([key, value]) => value !== null && rules.markFits(node, key, value),
        ),
      );
      return Object.keys(attributes).length > 0 ? { insert: op.insert, attributes } : { insert: op.insert };
    });
}

function textOf(words: Words): Y.XmlText {
  const text = new Y.XmlText();
  text.applyDelta(words);
  return text;
}

function paragraphOf(words: Words, wrapping: readonly string[]): Y.XmlElement {
  let element = new Y.XmlElement('paragraph');
  element.insert(0, [textOf(words)]);
  for (const wrapper of [...wrapping].reverse()) {
    const outer = new Y.XmlElement(wrapper);
    outer.insert(0, [element]);
    element = outer;
  }
  return element;
}
