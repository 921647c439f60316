import { COLLABORATION_FIELD, templateIds } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorWrites, schema, strategyContent } from '../testing/EditorWrites.ts';
import { templateUpdate } from './templateUpdate.ts';
import { updateMisfit } from './updateMisfit.ts';

/** The server's copy of a document an editor wrote, and a way to check what the editor or anyone else sends. */
function serverAndEditor() {
  const editor = EditorWrites.writing(strategyContent);
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(editor.ydoc));
  const misfitOf = (update: Uint8Array) => updateMisfit(Y.decodeUpdate(update).structs, server);
  /** Someone with a copy of the document who writes to it directly rather than through the editor. */
  const hostile = (write: (doc: Y.Doc) => void) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(doc);
    write(doc);
    return misfitOf(Y.encodeStateAsUpdate(doc, before));
  };
  return { editor, server, misfitOf, hostile };
}

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(COLLABORATION_FIELD);
const block = (fragment: Y.XmlFragment, index: number) => fragment.get(index) as Y.XmlElement;
const textIn = (fragment: Y.XmlFragment, index: number) => block(fragment, index).get(0) as Y.XmlText;

describe('updateMisfit', () => {
  it('lets through every kind of change the editor makes', () => {
    const { editor, server, misfitOf } = serverAndEditor();
    const edits: Array<[string, Parameters<EditorWrites['edit']>[0]]> = [
      ['a keystroke', (tr) => tr.insertText('!', editor.endOfBlock(2))],
      ['Enter', (tr) => tr.split(editor.endOfBlock(2))],
      ['typing in the new paragraph', (tr) => tr.insertText('More', editor.endOfBlock(3))],
      ['bold', (tr) => tr.addMark(editor.endOfBlock(2) - 5, editor.endOfBlock(2), schema.mark('bold'))],
      ['typing with italic on', (tr) => tr.insert(editor.endOfBlock(3), schema.text(' now', [schema.mark('italic')]))],
      [
        'a link',
        (tr) =>
          tr.addMark(
            editor.endOfBlock(3) - 4,
            editor.endOfBlock(3),
            schema.mark('link', { href: 'https://example.org' }),
          ),
      ],
      [
        'two comments on the same words',
        (tr) => {
          tr.addMark(editor.endOfBlock(2) - 6, editor.endOfBlock(2), schema.mark('comment', { threadId: 't1' }));
          tr.addMark(editor.endOfBlock(2) - 4, editor.endOfBlock(2), schema.mark('comment', { threadId: 't2' }));
        },
      ],
      ['a line break', (tr) => tr.insert(editor.endOfBlock(3), schema.node('hardBreak'))],
      ['a new list item', (tr) => tr.split(editor.endOfBlock(4) - 2, 2)],
      ['a heading made smaller', (tr) => tr.setNodeMarkup(0, undefined, { level: 2 })],
      [
        'a numbered list from 3',
        (tr) =>
          tr.insert(
            tr.doc.content.size,
            schema.node('orderedList', { start: 3 }, [
              schema.node('listItem', null, [schema.node('paragraph', null, [schema.text('Third')])]),
            ]),
          ),
      ],
      ['a quote', (tr) => tr.insert(0, schema.node('blockquote', null, [schema.node('paragraph')]))],
      ['a deletion across blocks', (tr) => tr.delete(3, editor.endOfBlock(3))],
    ];
    for (const [what, edit] of edits) {
      const update = editor.edit(edit);
      expect({ what, misfit: misfitOf(update) }).toEqual({ what, misfit: null });
      Y.applyUpdate(server, update);
    }
  });

  it.each(templateIds)('lets the %s template through', (template) => {
    const { update } = templateUpdate(template, 'Strategy');
    expect(updateMisfit(Y.decodeUpdate(update).structs, new Y.Doc())).toBeNull();
  });

  it.each<[string, (doc: Y.Doc) => void, RegExp]>([
    [
      'a bare string at the top level',
      (doc) => doc.getText(COLLABORATION_FIELD).insert(0, 'loose words'),
      /text directly inside doc/,
    ],
    [
      'JSON at the top level',
      (doc) => fragmentOf(doc).insert(0, ['loose words'] as unknown as Y.XmlElement[]),
      /JSON content directly inside doc/,
    ],
    [
      'text directly in the fragment',
      (doc) => fragmentOf(doc).insert(0, [new Y.XmlText('loose')]),
      /text directly inside doc/,
    ],
    [
      'an unknown node',
      (doc) => {
        const script = new Y.XmlElement('script');
        script.insert(0, [new Y.XmlText('alert(1)')]);
        fragmentOf(doc).insert(1, [script]);
      },
      /unknown node “script”/,
    ],
    ['an unknown mark', (doc) => textIn(fragmentOf(doc), 2).format(0, 4, { blink: {} }), /unknown mark “blink”/],
    ['a bold mark with attributes', (doc) => textIn(fragmentOf(doc), 2).format(0, 4, { bold: { x: 1 } }), /bold/],
    [
      'a heading of level 9',
      (doc) => block(fragmentOf(doc), 1).setAttribute('level', 9 as never),
      /heading.*level = 9/,
    ],
    [
      'a new heading of level 9',
      (doc) => {
        const heading = new Y.XmlElement('heading');
        heading.setAttribute('level', 9 as never);
        fragmentOf(doc).insert(0, [heading]);
      },
      /level = 9/,
    ],
    ['an unknown attribute', (doc) => block(fragmentOf(doc), 2).setAttribute('onclick', 'alert(1)'), /onclick/],
    [
      'a javascript: link',
      (doc) => textIn(fragmentOf(doc), 2).insert(0, 'click', { link: { href: 'javascript:alert(1)' } }),
      /link/,
    ],
    ['an embed in text', (doc) => textIn(fragmentOf(doc), 2).insertEmbed(0, { image: 'x' }), /an embed inside text/],
    ['binary content', (doc) => fragmentOf(doc).insert(0, [new Uint8Array([1, 2]) as never]), /binary content/],
    ['a sub-document', (doc) => fragmentOf(doc).insert(0, [new Y.Doc() as never]), /sub-document/],
    ['a shared map', (doc) => fragmentOf(doc).insert(0, [new Y.Map() as never]), /shared/],
    ['content in another root', (doc) => doc.getMap('elsewhere').set('x', 1), /outside the document/],
    [
      'a paragraph inside a paragraph',
      (doc) => block(fragmentOf(doc), 2).insert(0, [new Y.XmlElement('paragraph')]),
      /paragraph inside paragraph/,
    ],
    [
      'a list item at the top level',
      (doc) => fragmentOf(doc).insert(0, [new Y.XmlElement('listItem')]),
      /listItem inside doc/,
    ],
    [
      'text inside a list',
      (doc) => block(fragmentOf(doc), 3).insert(0, [new Y.XmlText('x')]),
      /text directly inside bulletList/,
    ],
    [
      'a line break with content',
      (doc) => {
        const lineBreak = new Y.XmlElement('hardBreak');
        block(fragmentOf(doc), 2).insert(1, [lineBreak]);
        lineBreak.insert(0, [new Y.XmlText('x')]);
      },
      /text directly inside hardBreak/,
    ],
    [
      'quotes nested deeper than any strategy',
      (doc) => {
        let parent: Y.XmlFragment = fragmentOf(doc);
        for (let depth = 1; depth <= 40; depth++) {
          const quote = new Y.XmlElement('blockquote');
          parent.insert(0, [quote]);
          parent = quote;
        }
      },
      /blockquote nested too deep/,
    ],
    ['a nested document', (doc) => fragmentOf(doc).insert(0, [new Y.XmlElement('doc')]), /unknown node “doc”/],
  ])('refuses %s', (_what, write, reason) => {
    const { hostile } = serverAndEditor();
    expect(hostile(write)).toMatch(reason);
  });

  it('lets through formatted words typed into a block someone removed meanwhile (Yjs drops them)', () => {
    const server = new Y.Doc();
    const empty = new Y.XmlElement('paragraph');
    fragmentOf(server).insert(0, [empty]);
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(server));
    fragmentOf(server).delete(0, 1);
    const before = Y.encodeStateVector(offline);
    const words = new Y.XmlText();
    block(fragmentOf(offline), 0).insert(0, [words]);
    words.insert(0, 'bold words', { bold: {} });
    expect(updateMisfit(Y.decodeUpdate(Y.encodeStateAsUpdate(offline, before)).structs, server)).toBeNull();
  });

  it('leaves an update placed on content the document lacks to be held back, not judged', () => {
    const { server, editor } = serverAndEditor();
    // Words the server has not received yet…
    editor.edit((tr) => tr.insertText(' unsent', editor.endOfBlock(2)));
    const ahead = new Y.Doc();
    Y.applyUpdate(ahead, Y.encodeStateAsUpdate(editor.ydoc));
    const before = Y.encodeStateVector(ahead);
    // …and an update typed after them: where it would sit is not known until they arrive.
    const text = textIn(ahead.getXmlFragment(COLLABORATION_FIELD), 2);
    text.insert(text.length, '!');
    expect(updateMisfit(Y.decodeUpdate(Y.encodeStateAsUpdate(ahead, before)).structs, server)).toBeNull();
  });
});
