import { isSectionId, SECTION_ID_ATTRIBUTE, sectionIdChanges } from '@roundtable/shared';
import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { EditorView } from '@tiptap/pm/view';

interface HeadingAt {
  position: number;
  sectionId: unknown;
}

/** Every heading of the document with its position, in document order; the words inside blocks are not walked. */
function headingsOf(doc: ProseMirrorNode): HeadingAt[] {
  const headings: HeadingAt[] = [];
  doc.descendants((node, position) => {
    if (node.type.name === 'heading') headings.push({ position, sectionId: node.attrs[SECTION_ID_ATTRIBUTE] });
    return !node.isTextblock;
  });
  return headings;
}

/** The ids the headings had before `mapping`'s changes, by where each of those headings starts now. */
function idsBefore(doc: ProseMirrorNode, mapping: Mapping): Map<number, string> {
  const before = new Map<number, string>();
  for (const { position, sectionId } of headingsOf(doc)) {
    // Content put in just before a heading is not the heading: its start moves past it.
    if (isSectionId(sectionId)) before.set(mapping.map(position, 1), sectionId);
  }
  return before;
}

/** Sets each heading's id to `ids[i]` where it differs; null when nothing changes. */
function withIds(tr: Transaction, headings: readonly HeadingAt[], ids: readonly unknown[]): Transaction | null {
  for (const [index, { position, sectionId }] of headings.entries()) {
    const id = ids[index];
    // An attribute changes no sizes, so the positions stay right.
    if (id !== sectionId) tr.setNodeAttribute(position, SECTION_ID_ATTRIBUTE, id);
  }
  return tr.docChanged ? tr : null;
}

/**
 * The ids after a person's own change: a heading without one gets one; of headings
 * sharing one, the heading that had it before the change keeps it (a pasted copy gets
 * the new one, wherever it lands), else the first; a heading that lost its id where it
 * stood (its level changed together with other blocks) takes it back.
 */
function afterOwnChange(transactions: readonly Transaction[], oldState: EditorState, newState: EditorState) {
  const headings = headingsOf(newState.doc);
  const current = headings.map((heading) => heading.sectionId);
  if (sectionIdChanges(current).size === 0) return null;
  const mapping = new Mapping();
  for (const tr of transactions) mapping.appendMapping(tr.mapping);
  const before = idsBefore(oldState.doc, mapping);
  const present = new Set(current.filter(isSectionId));
  const keepers = new Set<number>();
  const ids = headings.map(({ position, sectionId }, index) => {
    const previous = before.get(position);
    if (previous === undefined) return sectionId;
    if (previous === sectionId) keepers.add(index);
    else if (!isSectionId(sectionId) && !present.has(previous)) {
      present.add(previous);
      keepers.add(index);
      return previous;
    }
    return sectionId;
  });
  const changes = sectionIdChanges(ids, keepers);
  const tr = withIds(
    newState.tr,
    headings,
    ids.map((id, index) => changes.get(index) ?? id),
  );
  // Part of the person's change, so one undo takes back both: recorded in history exactly as the change was.
  const last = transactions.findLast((transaction) => transaction.docChanged);
  if (tr && last?.getMeta('addToHistory') === false) tr.setMeta('addToHistory', false);
  return tr;
}

/**
 * Gives every heading exactly one section id, unique in the document, as people edit:
 * a new heading gets one, and a heading that repeats another's id (a pasted copy, the
 * second half of a split, two people's concurrent edits) gets a new one while the
 * heading that had it keeps it, so a section's id never moves to another heading.
 *
 * After the person's own change, the ids are set in the same step (appended to it), so
 * one undo takes back both and undo never stops at the id. After others' changes —
 * which the collaboration binding applies where it cannot write back — the ids are
 * settled just after, as a change kept out of the person's undo history, by the rule
 * every device shares (the first keeps its id): two editors decide alike, and where both
 * give the same heading a new id, the shared document keeps one of them and the next
 * look finds nothing to change. A read-only editor changes nothing.
 */
export const SectionIds = Extension.create({
  name: 'sectionIds',

  addProseMirrorPlugins() {
    let view: EditorView | null = null;
    let settling = false;
    const settleSoon = () => {
      if (settling) return;
      settling = true;
      queueMicrotask(() => {
        settling = false;
        if (!view || view.isDestroyed || !view.editable) return;
        const headings = headingsOf(view.state.doc);
        const current = headings.map((heading) => heading.sectionId);
        const changes = sectionIdChanges(current);
        if (changes.size === 0) return;
        const ids = current.map((id, index) => changes.get(index) ?? id);
        const tr = withIds(view.state.tr, headings, ids);
        if (tr) view.dispatch(tr.setMeta('addToHistory', false));
      });
    };
    return [
      new Plugin({
        key: new PluginKey('sectionIds'),
        appendTransaction(transactions, oldState, newState) {
          if (!view?.editable || !transactions.some((tr) => tr.docChanged)) return null;
          if (transactions.some(isChangeOrigin)) {
            settleSoon();
            return null;
          }
          return afterOwnChange(transactions, oldState, newState);
        },
        view(editorView) {
          view = editorView;
          settleSoon();
          return {
            destroy() {
              view = null;
            },
          };
        },
      }),
    ];
  },
});
