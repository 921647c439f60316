import { COLLABORATION_FIELD } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderDeviceCopy } from './renderDeviceCopy.ts';

/** Text with its formatting attributes, as the editor writes it. */
type Run = [string, Record<string, unknown>?];
interface Element {
  name: string;
  attrs?: Record<string, unknown>;
  children: Array<Element | Run[]>;
}

const el = (name: string, children: Element['children'], attrs?: Record<string, unknown>): Element => ({
  name,
  children,
  ...(attrs ? { attrs } : {}),
});

/** Built inside the document, child by child, as the editor's binding does. */
function build(parent: Y.XmlFragment | Y.XmlElement, children: Element['children']): void {
  for (const child of children) {
    if (Array.isArray(child)) {
      const text = new Y.XmlText();
      parent.push([text]);
      for (const [words, attributes] of child) text.insert(text.length, words, attributes ?? {});
      continue;
    }
    const element = new Y.XmlElement(child.name);
    parent.push([element]);
    for (const [key, value] of Object.entries(child.attrs ?? {})) element.setAttribute(key, value as string);
    build(element, child.children);
  }
}

function deviceCopy(...blocks: Element[]): Y.Doc {
  const ydoc = new Y.Doc();
  build(ydoc.getXmlFragment(COLLABORATION_FIELD), blocks);
  return ydoc;
}

describe('renderDeviceCopy', () => {
  it('reads headings, paragraphs, lists and line breaks in the schema’s names', () => {
    const ydoc = deviceCopy(
      el('heading', [[['Priority 1']]], { level: 2 }),
      el('paragraph', [[['First line']], el('hardBreak', []), [['second line']]]),
      el('bulletList', [el('listItem', [el('paragraph', [[['An item']]])])]),
    );
    expect(renderDeviceCopy(ydoc)).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Priority 1' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'First line' }, { type: 'hardBreak' }, { type: 'text', text: 'second line' }],
        },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'An item' }] }] },
          ],
        },
      ],
    });
  });

  it('keeps emphasis and safe links, and leaves out comment anchors and unsafe links', () => {
    const ydoc = deviceCopy(
      el('paragraph', [
        [
          ['Plain, '],
          ['bold', { bold: {} }],
          [', both', { bold: {}, italic: {} }],
          [', commented', { 'commentMark--abc': { threadId: 't1' } }],
          [', a link', { link: { href: 'https://example.org' } }],
          [', a trap', { link: { href: 'javascript:alert(1)' } }],
        ],
      ]),
    );
    expect(renderDeviceCopy(ydoc).content?.[0]?.content).toEqual([
      { type: 'text', text: 'Plain, ' },
      { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
      { type: 'text', text: ', both', marks: [{ type: 'bold' }, { type: 'italic' }] },
      { type: 'text', text: ', commented' },
      { type: 'text', text: ', a link', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
      { type: 'text', text: ', a trap' },
    ]);
  });

  it('keeps the words of a copy nested deeper than any real document, without running out of stack', () => {
    const ydoc = new Y.Doc();
    ydoc.transact(() => {
      let innermost: Y.XmlFragment | Y.XmlElement = ydoc.getXmlFragment(COLLABORATION_FIELD);
      for (let level = 0; level < 1000; level++) {
        const quote: Y.XmlElement = new Y.XmlElement('blockquote');
        innermost.push([quote]);
        innermost = quote;
      }
      build(innermost, [el('paragraph', [[['Deep down']]])]);
    });
    const rendered = renderDeviceCopy(ydoc);
    let depth = 0;
    for (let node = rendered.content?.[0]; node?.type === 'blockquote'; node = node.content?.[0]) depth += 1;
    expect(depth).toBeLessThan(100);
    expect(JSON.stringify(rendered)).toContain('Deep down');
  });
});
