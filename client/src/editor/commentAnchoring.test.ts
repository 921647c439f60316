import { COLLABORATION_FIELD, documentExtensions } from '@roundtable/shared';
import { Editor } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

/**
 * Comment anchors are `comment` marks in the shared document. These tests run two
 * real editors over two Yjs documents and pass updates between them by hand, so the
 * order of concurrent edits is chosen by the test.
 */

interface Person {
  editor: Editor;
  ydoc: Y.Doc;
  /** Updates made here that the other person has not received yet. */
  outbox: Uint8Array[];
}

const people: Person[] = [];

function person(): Person {
  const ydoc = new Y.Doc();
  const outbox: Uint8Array[] = [];
  ydoc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') outbox.push(update);
  });
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...documentExtensions(), Collaboration.configure({ document: ydoc, field: COLLABORATION_FIELD })],
  });
  const created = { editor, ydoc, outbox };
  people.push(created);
  return created;
}

function deliver(from: Person, to: Person): void {
  for (const update of from.outbox.splice(0)) Y.applyUpdate(to.ydoc, update, 'remote');
}

function sync(a: Person, b: Person): void {
  deliver(a, b);
  deliver(b, a);
}

/** The text under each thread's mark, in document order. */
function anchors(editor: Editor): Record<string, string> {
  const found: Record<string, string> = {};
  editor.state.doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name !== 'comment') continue;
      const threadId = String(mark.attrs.threadId);
      found[threadId] = (found[threadId] ?? '') + (node.text ?? '');
    }
  });
  return found;
}

/** ProseMirror positions of `words` within one paragraph or heading (marks may split its text). */
function rangeOf(editor: Editor, words: string): { from: number; to: number } {
  let range: { from: number; to: number } | undefined;
  editor.state.doc.descendants((node, position) => {
    if (!node.isTextblock) return true;
    const at = node.textContent.indexOf(words);
    if (range === undefined && at >= 0) range = { from: position + 1 + at, to: position + 1 + at + words.length };
    return false;
  });
  if (!range) throw new Error(`"${words}" is not in the document`);
  return range;
}

function comment(editor: Editor, words: string, threadId: string): void {
  editor
    .chain()
    .setTextSelection(rangeOf(editor, words))
    .setMeta('addToHistory', false)
    .setCommentAnchor(threadId)
    .run();
}

/** Two people with the same starting text, which neither of them wrote (so neither can undo it). */
function twoPeopleWith(text: string): [Person, Person] {
  const template = person();
  template.editor.commands.setContent(`<h2>Housing</h2><p>${text}</p>`);
  const ada = person();
  const sam = person();
  for (const someone of [ada, sam]) Y.applyUpdate(someone.ydoc, Y.encodeStateAsUpdate(template.ydoc), 'remote');
  return [ada, sam];
}

afterEach(() => {
  for (const { editor, ydoc } of people.splice(0)) {
    editor.destroy();
    ydoc.destroy();
  }
});

describe('comment anchors in the shared document', () => {
  it('follow their words through concurrent edits before, inside and after them', () => {
    const [ada, sam] = twoPeopleWith('Older people want good housing near family.');
    comment(ada.editor, 'good housing', 'thread-1');
    // Sam edits around and inside the words before Ada's mark reaches him.
    sam.editor.commands.insertContentAt(rangeOf(sam.editor, 'Older').from, 'Many ');
    sam.editor.commands.insertContentAt(rangeOf(sam.editor, 'housing').from, 'affordable ');
    sam.editor.commands.insertContentAt(rangeOf(sam.editor, 'family').to, ' and friends');
    sync(ada, sam);

    for (const { editor } of [ada, sam]) {
      expect(editor.state.doc.textContent).toContain(
        'Many Older people want good affordable housing near family and friends.',
      );
      expect(anchors(editor)).toEqual({ 'thread-1': 'good affordable housing' });
    }
  });

  it('let several threads share words', () => {
    const [ada, sam] = twoPeopleWith('Transport to day centres is unreliable.');
    comment(ada.editor, 'Transport to day centres', 'thread-1');
    comment(sam.editor, 'day centres is unreliable', 'thread-2');
    sync(ada, sam);

    for (const { editor } of [ada, sam]) {
      expect(anchors(editor)).toEqual({
        'thread-1': 'Transport to day centres',
        'thread-2': 'day centres is unreliable',
      });
    }
  });

  it('are gone when their words are deleted, and come back for everyone when the deletion is undone', () => {
    const [ada, sam] = twoPeopleWith('We will review respite care every year.');
    comment(ada.editor, 'respite care', 'thread-1');
    sync(ada, sam);

    sam.editor.chain().setTextSelection(rangeOf(sam.editor, 'review respite care every')).deleteSelection().run();
    sync(ada, sam);
    expect(anchors(ada.editor)).toEqual({});
    expect(ada.editor.state.doc.textContent).toContain('We will  year.');

    sam.editor.commands.undo();
    sync(ada, sam);
    for (const { editor } of [ada, sam]) {
      expect(editor.state.doc.textContent).toContain('We will review respite care every year.');
      expect(anchors(editor)).toEqual({ 'thread-1': 'respite care' });
    }
  });

  it('agree that the anchor is gone when its words were deleted at the same moment as the comment was made', () => {
    const [ada, sam] = twoPeopleWith('Loneliness is the biggest worry.');
    comment(ada.editor, 'biggest worry', 'thread-1');
    sam.editor.chain().setTextSelection(rangeOf(sam.editor, 'the biggest worry')).deleteSelection().run();
    // Ada's selection was on the deleted words while her own change was unsent: the
    // editor binding used to throw here and stop showing others' changes.
    sync(ada, sam);
    for (const { editor } of [ada, sam]) {
      expect(editor.state.doc.textContent).toContain('Loneliness is .');
      expect(anchors(editor)).toEqual({});
    }

    // Sam's undo brings back only what he deleted; the thread keeps its words as "on removed text".
    sam.editor.commands.undo();
    sync(ada, sam);
    expect(ada.editor.getJSON()).toEqual(sam.editor.getJSON());
    expect(ada.editor.state.doc.textContent).toContain('Loneliness is the biggest worry.');
  });

  it("are left alone by the commenter's own undo, which undoes their typing only", () => {
    const [ada, sam] = twoPeopleWith('Information should be in plain English.');
    ada.editor.commands.insertContentAt(rangeOf(ada.editor, 'English').to, ' and large print');
    comment(ada.editor, 'plain English', 'thread-1');
    ada.editor.commands.undo();
    sync(ada, sam);

    for (const { editor } of [ada, sam]) {
      expect(editor.state.doc.textContent).toContain('Information should be in plain English.');
      expect(anchors(editor)).toEqual({ 'thread-1': 'plain English' });
    }
  });

  it('stay on their words when a paragraph is split or joined', () => {
    const [ada, sam] = twoPeopleWith('Carers need breaks. Carers need money.');
    comment(ada.editor, 'breaks. Carers need', 'thread-1');
    sync(ada, sam);
    sam.editor.chain().setTextSelection(rangeOf(sam.editor, ' Carers need money').from).splitBlock().run();
    sync(ada, sam);
    expect(anchors(ada.editor)).toEqual({ 'thread-1': 'breaks. Carers need' });
    expect(ada.editor.state.doc.childCount).toBe(3);
  });
});
