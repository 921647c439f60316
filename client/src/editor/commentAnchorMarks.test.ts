import { documentExtensions } from '@roundtable/shared';
import { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommentAnchor, commentAnchorRanges, removeCommentAnchor } from './commentAnchorMarks.ts';

const editors: Editor[] = [];

function editorWith(html: string): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: documentExtensions(),
    content: html,
  });
  editors.push(editor);
  return editor;
}

function select(editor: Editor, words: string): void {
  let range: { from: number; to: number } | undefined;
  editor.state.doc.descendants((node, position) => {
    if (!node.isTextblock || range) return !range;
    const at = node.textContent.indexOf(words);
    if (at >= 0) range = { from: position + 1 + at, to: position + 1 + at + words.length };
    return false;
  });
  if (!range) throw new Error(`"${words}" is not in the document`);
  editor.commands.setTextSelection(range);
}

function markedText(editor: Editor): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [threadId, range] of commentAnchorRanges(editor.state.doc))
    found[threadId] = editor.state.doc.textBetween(range.from, range.to);
  return found;
}

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

describe('comment anchor marks', () => {
  it('puts a thread’s mark on the selection, outside the undo history', () => {
    const editor = editorWith('<h2>Housing</h2><p>Older people want good housing near family.</p>');
    const transactions: Transaction[] = [];
    editor.on('transaction', ({ transaction }) => transactions.push(transaction));
    select(editor, 'good housing');
    transactions.length = 0;
    expect(applyCommentAnchor(editor, 'thread-1')).toBe(true);
    expect(markedText(editor)).toEqual({ 'thread-1': 'good housing' });
    expect(transactions.every((transaction) => transaction.getMeta('addToHistory') === false)).toBe(true);
  });

  it('does nothing without a selection', () => {
    const editor = editorWith('<p>Nothing selected</p>');
    expect(applyCommentAnchor(editor, 'thread-1')).toBe(false);
    expect(markedText(editor)).toEqual({});
  });

  it('removes exactly one thread’s mark, leaving others on the same words', () => {
    const editor = editorWith('<p>Transport to <strong>day centres</strong> is unreliable.</p>');
    select(editor, 'Transport to day centres');
    applyCommentAnchor(editor, 'thread-1');
    select(editor, 'day centres is unreliable');
    applyCommentAnchor(editor, 'thread-2');
    expect(markedText(editor)).toEqual({
      'thread-1': 'Transport to day centres',
      'thread-2': 'day centres is unreliable',
    });

    const transactions: Transaction[] = [];
    editor.on('transaction', ({ transaction }) => transactions.push(transaction));
    expect(removeCommentAnchor(editor, 'thread-1')).toBe(true);
    expect(markedText(editor)).toEqual({ 'thread-2': 'day centres is unreliable' });
    expect(transactions.map((transaction) => transaction.getMeta('addToHistory'))).toEqual([false]);
    // Bold formatting is not touched.
    expect(editor.getHTML()).toContain('<strong>');
    expect(removeCommentAnchor(editor, 'thread-1')).toBe(false);
  });

  it('lists anchored threads in document order', () => {
    const editor = editorWith('<p>First words. Second words.</p><p>Third words.</p>');
    select(editor, 'Third');
    applyCommentAnchor(editor, 'c');
    select(editor, 'First');
    applyCommentAnchor(editor, 'a');
    select(editor, 'Second');
    applyCommentAnchor(editor, 'b');
    expect([...commentAnchorRanges(editor.state.doc).keys()]).toEqual(['a', 'b', 'c']);
  });
});
