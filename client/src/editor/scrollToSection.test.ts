import { documentExtensions } from '@roundtable/shared';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollToSection } from './scrollToSection.ts';

const editors: Editor[] = [];
// jsdom lays nothing out, so it has no scrolling of its own; each test puts in a stand-in.
const jsdomScrollIntoView = Element.prototype.scrollIntoView;

afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  Element.prototype.scrollIntoView = jsdomScrollIntoView;
});

function editorWith(html: string): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: documentExtensions(),
    content: html,
  });
  editors.push(editor);
  return editor;
}

describe('scrollToSection', () => {
  const html =
    '<h2 data-section-id="housing">Housing</h2><p>Good homes.</p><h2 data-section-id="transport">Housing</h2><p>Buses.</p>';

  it('scrolls the heading with the id into view, not one with the same words, and leaves the caret alone', () => {
    const editor = editorWith(html);
    editor.commands.setTextSelection(3);
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    expect(scrollToSection(editor, 'transport')).toBe(true);
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]?.getAttribute('data-section-id')).toBe('transport');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(editor.state.selection.from).toBe(3);
  });

  it('says so when no heading has the id', () => {
    const editor = editorWith(html);
    Element.prototype.scrollIntoView = vi.fn();
    expect(scrollToSection(editor, 'gone')).toBe(false);
    expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled();
  });
});
