import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentExtensions } from '../schema/documentExtensions.ts';
import { findSectionHeading } from './findSectionHeading.ts';
import { headingElementsOf } from './headingElementsOf.ts';
import { sectionsOf } from './sectionsOf.ts';

const schema = getSchema(documentExtensions());

interface Json {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: Array<{ type: string }>;
  content?: Json[];
}
const text = (value: string): Json => ({ type: 'text', text: value });
const heading = (level: number, sectionId: string | null, ...content: Json[]): Json => ({
  type: 'heading',
  attrs: { level, sectionId },
  content,
});
const paragraph = (value: string): Json => ({ type: 'paragraph', content: [text(value)] });

const document: Json = {
  type: 'doc',
  content: [
    heading(1, 'title', text('Our  strategy ')),
    paragraph('Why it matters'),
    heading(2, 'health', text('Priority 1: '), { type: 'text', text: 'health', marks: [{ type: 'bold' }] }),
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('A point'), heading(3, 'nested', text('Inside a list'))] }],
    },
    heading(2, null, text('Not yet given an id')),
    heading(2, 'broken', text('Two'), { type: 'hardBreak' }, text('lines')),
  ],
};

/** The shared document's shape as the editor writes it: elements for nodes, one text for each run of text nodes. */
function fragmentOf(json: Json): Y.XmlFragment {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('default');
  fill(fragment, json.content ?? []);
  return fragment;
}

/** Adds the nodes to a parent already in the document, as Yjs reads formatting only there. */
function fill(parent: Y.XmlFragment | Y.XmlElement, nodes: Json[]): void {
  for (const node of nodes) {
    const last = parent.get(parent.length - 1);
    if (node.type === 'text') {
      const text = last instanceof Y.XmlText ? last : new Y.XmlText();
      if (text !== last) parent.insert(parent.length, [text]);
      const attributes = Object.fromEntries((node.marks ?? []).map((mark) => [mark.type, {}]));
      text.insert(text.length, node.text ?? '', attributes);
      continue;
    }
    const element = new Y.XmlElement(node.type);
    parent.insert(parent.length, [element]);
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      if (value !== null) element.setAttribute(key, value as string);
    }
    fill(element, node.content ?? []);
  }
}

const expected = [
  { sectionId: 'title', level: 1, title: 'Our strategy' },
  { sectionId: 'health', level: 2, title: 'Priority 1: health' },
  { sectionId: 'nested', level: 3, title: 'Inside a list' },
  { sectionId: 'broken', level: 2, title: 'Two lines' },
];

describe('sectionsOf', () => {
  it('lists the sections of an editor’s document in document order, at any depth', () => {
    expect(sectionsOf(schema.nodeFromJSON(document))).toEqual(expected);
  });

  it('lists the same sections from the shared document', () => {
    const fragment = fragmentOf(document);
    expect(sectionsOf(fragment)).toEqual(expected);
  });

  it('reads a document just loaded from updates, before its root is typed', () => {
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(fragmentOf(document).doc as Y.Doc));
    const root = loaded.share.get('default');
    expect(root && headingElementsOf(root).map((element) => element.getAttribute('sectionId'))).toEqual([
      'title',
      'health',
      'nested',
      undefined,
      'broken',
    ]);
  });
});

describe('findSectionHeading', () => {
  const doc = schema.nodeFromJSON(document);

  it('finds a heading by its id, with its position', () => {
    const found = findSectionHeading(doc, 'nested');
    expect(found?.node.textContent).toBe('Inside a list');
    expect(found && doc.nodeAt(found.position)).toBe(found?.node);
  });

  it('finds nothing for an id no heading has', () => {
    expect(findSectionHeading(doc, 'gone')).toBeNull();
  });
});
