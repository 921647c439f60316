import { COLLABORATION_FIELD } from '@roundtable/shared';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorWrites, schema, strategyContent } from '../testing/EditorWrites.ts';
import { documentMisfit, documentMisfits } from './documentMisfits.ts';
import { fitToSchema, schemaRepair } from './schemaRepair.ts';

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(COLLABORATION_FIELD);
const block = (doc: Y.Doc, index: number) => fragmentOf(doc).get(index) as Y.XmlElement;
const textIn = (doc: Y.Doc, index: number) => block(doc, index).get(0) as Y.XmlText;

/** A stored document the editor wrote, then changed by `write` straight through Yjs, as a hostile client could. */
function storedWith(write: (doc: Y.Doc) => void): Y.Doc {
  const stored = new Y.Doc();
  Y.applyUpdate(stored, Y.encodeStateAsUpdate(EditorWrites.writing(strategyContent).ydoc));
  write(stored);
  return stored;
}

/**
 * Repairs a stored document as loading it does and returns it as the editor would build
 * it, checking on the way that the repair leaves nothing unfit and that the editor
 * binding builds every element (it deletes what it cannot build, which would show as
 * an update).
 */
function repaired(stored: Y.Doc) {
  const repair = schemaRepair(stored);
  expect(repair).not.toBeNull();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored));
  Y.applyUpdate(doc, repair as Uint8Array);
  expect(documentMisfits(doc)).toEqual([]);
  let bindingChanged = false;
  doc.on('update', () => {
    bindingChanged = true;
  });
  const node = yXmlFragmentToProseMirrorRootNode(fragmentOf(doc), schema);
  expect(bindingChanged).toBe(false);
  return { doc, json: node.toJSON() as { content: Array<Record<string, unknown>> }, node };
}

const paragraph = (...content: Array<Record<string, unknown>>) => ({ type: 'paragraph', content });
const text = (words: string, marks?: Array<Record<string, unknown>>) =>
  marks ? { type: 'text', text: words, marks } : { type: 'text', text: words };

describe('schemaRepair', () => {
  it('leaves a document that fits alone', () => {
    const stored = storedWith(() => {});
    expect(documentMisfit(stored)).toBeNull();
    expect(schemaRepair(stored)).toBeNull();
  });

  it('puts bare text at the top level back as a paragraph, in its place, as one passage', () => {
    const stored = new Y.Doc();
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(EditorWrites.writing(strategyContent).ydoc));
    // Two people's bare characters side by side, at the start of the document.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(stored));
    other.getText(COLLABORATION_FIELD).insert(0, 'loose ');
    const first = new Y.Doc();
    Y.applyUpdate(first, Y.encodeStateAsUpdate(other));
    first.getText(COLLABORATION_FIELD).insert(6, 'words');
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(first));
    expect(documentMisfit(stored)).toMatch(/text directly inside doc/);

    const { json } = repaired(stored);
    expect(json.content[0]).toEqual(paragraph(text('loose words')));
    expect(json.content[1]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
  });

  it('wraps text that sits where blocks belong in a paragraph, keeping only formatting that fits', () => {
    const stored = storedWith((doc) => {
      const loose = new Y.XmlText();
      fragmentOf(doc).insert(1, [loose]);
      loose.insert(0, 'Plain ');
      loose.insert(6, 'bold', { bold: {} });
      loose.insert(10, ' blinking', { blink: {} });
    });
    const { json } = repaired(stored);
    expect(json.content[1]).toEqual(paragraph(text('Plain '), text('bold', [{ type: 'bold' }]), text(' blinking')));
  });

  it('replaces an unknown element by its words, one paragraph per passage', () => {
    const stored = storedWith((doc) => {
      const section = new Y.XmlElement('section');
      fragmentOf(doc).insert(2, [section]);
      const one = new Y.XmlElement('paragraph');
      const two = new Y.XmlElement('script');
      section.insert(0, [one, two]);
      one.insert(0, [new Y.XmlText('First words')]);
      two.insert(0, [new Y.XmlText('alert(1)')]);
    });
    const { json } = repaired(stored);
    expect(json.content.slice(2, 4)).toEqual([paragraph(text('First words')), paragraph(text('alert(1)'))]);
  });

  it('removes unknown marks and unsafe links but keeps the words and the other formatting', () => {
    const stored = storedWith((doc) => {
      const words = textIn(doc, 2);
      words.format(0, 4, { bold: {}, blink: { speed: 'fast' } });
      words.insert(words.length, ' click', { link: { href: 'javascript:alert(1)' } });
      words.insert(words.length, ' safe', { link: { href: 'https://example.org' } });
    });
    const { json } = repaired(stored);
    expect(json.content[2]).toEqual(
      paragraph(
        text('Good', [{ type: 'bold' }]),
        text(' homes near family. click'),
        text(' safe', [{ type: 'link', attrs: expect.objectContaining({ href: 'https://example.org' }) }]),
      ),
    );
  });

  it('drops attributes out of range, so the default applies', () => {
    const stored = storedWith((doc) => {
      block(doc, 1).setAttribute('level', 9 as never);
      block(doc, 2).setAttribute('onclick', 'alert(1)');
    });
    const { json } = repaired(stored);
    expect(json.content[1]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
    expect(json.content[2]).toEqual(paragraph(text('Good homes near family.')));
  });

  it('removes embeds and other content the editor never writes', () => {
    const stored = storedWith((doc) => {
      textIn(doc, 2).insertEmbed(4, { image: 'x' });
      fragmentOf(doc).insert(0, [new Uint8Array([1]) as never, { any: 'json' } as never, new Y.Map() as never]);
      doc.getMap('elsewhere').set('x', 'y');
    });
    const { json, doc } = repaired(stored);
    expect(json.content[0]).toMatchObject({ type: 'heading' });
    expect(json.content[2]).toEqual(paragraph(text('Good homes near family.')));
    expect(doc.getMap('elsewhere').size).toBe(0);
  });

  it('wraps a paragraph put straight into a list in a list item, and words inside words into the text', () => {
    const stored = storedWith((doc) => {
      const stray = new Y.XmlElement('paragraph');
      block(doc, 3).insert(1, [stray]);
      stray.insert(0, [new Y.XmlText('Trains')]);
      const nested = new Y.XmlElement('paragraph');
      block(doc, 2).insert(1, [nested]);
      nested.insert(0, [new Y.XmlText(' Really.')]);
    });
    const { json, node } = repaired(stored);
    expect(json.content[2]).toEqual(paragraph(text('Good homes near family. Really.')));
    expect(json.content[3]).toEqual({
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph(text('Buses'))] },
        { type: 'listItem', content: [paragraph(text('Trains'))] },
      ],
    });
    expect(() => node.check()).not.toThrow();
  });

  it('changes nothing that fitted, so every word keeps its writer', () => {
    const stored = storedWith((doc) => {
      fragmentOf(doc).insert(2, [new Y.XmlElement('script')]);
      textIn(doc, 3).format(0, 4, { blink: {} });
    });
    const idsOf = (doc: Y.Doc) =>
      fragmentOf(doc)
        .toArray()
        .flatMap((child) => [child, ...(child instanceof Y.XmlElement ? child.toArray() : [])])
        .map((type) => type._item?.id);
    const before = idsOf(stored).filter((_id, index) => index !== 4);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored));
    fitToSchema(doc);
    expect(documentMisfit(doc)).toBeNull();
    expect(idsOf(doc)).toEqual(before);
    expect(textIn(doc, 2).toString()).toBe('Good homes near family.');
  });

  it('repairs any depth of nesting without exhausting the stack', () => {
    const stored = storedWith((doc) =>
      doc.transact(() => {
        let parent: Y.XmlFragment = fragmentOf(doc);
        for (let i = 0; i < 3000; i++) {
          const quote = new Y.XmlElement('blockquote');
          parent.insert(0, [quote]);
          parent = quote;
        }
        parent.insert(0, [new Y.XmlText('deep words')]);
      }),
    );
    const { json } = repaired(stored);
    expect(JSON.stringify(json)).toContain('deep words');
  });
});
