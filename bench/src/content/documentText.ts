import { COLLABORATION_FIELD } from '@roundtable/shared';
import * as Y from 'yjs';

/**
 * Adds a paragraph at the end of the document, in the shape the editor (Tiptap with
 * y-prosemirror) and Roundtable's server expect, and returns its text.
 */
export function appendParagraph(ydoc: Y.Doc, text: string): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText(text);
  paragraph.insert(0, [content]);
  const fragment = ydoc.getXmlFragment(COLLABORATION_FIELD);
  fragment.insert(fragment.length, [paragraph]);
  return content;
}

/** The document's characters, counted over every paragraph's text. */
export function characterCount(ydoc: Y.Doc): number {
  let count = 0;
  for (const paragraph of ydoc.getXmlFragment(COLLABORATION_FIELD).toArray()) {
    if (!(paragraph instanceof Y.XmlElement)) continue;
    for (const child of paragraph.toArray()) if (child instanceof Y.XmlText) count += child.length;
  }
  return count;
}

/** Every character of text under a fragment or element, at any depth (list items included). */
export function textLength(parent: Y.XmlFragment | Y.XmlElement): number {
  let count = 0;
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) count += child.length;
    else if (child instanceof Y.XmlElement) count += textLength(child);
  }
  return count;
}

/** The plain text of the document, one line per paragraph. */
export function plainText(ydoc: Y.Doc): string {
  return ydoc
    .getXmlFragment(COLLABORATION_FIELD)
    .toArray()
    .map((paragraph) =>
      paragraph instanceof Y.XmlElement
        ? paragraph
            .toArray()
            .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
            .join('')
        : '',
    )
    .join('\n');
}
