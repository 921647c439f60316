import { COLLABORATION_FIELD } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { placesOnlyCommentAnchors } from './commentAnchors.ts';

/** The items of the update one change to a paragraph "Good homes near family." makes. */
function updateOf(change: (text: Y.XmlText) => void): Array<Y.Item | Y.GC | Y.Skip> {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Good homes near family.')]);
  doc.getXmlFragment(COLLABORATION_FIELD).insert(0, [paragraph]);
  const text = paragraph.get(0) as Y.XmlText;
  text.format(5, 5, { 'comment--abcdefgh': { threadId: 'earlier' } });
  const before = Y.encodeStateVector(doc);
  change(text);
  return Y.decodeUpdate(Y.encodeStateAsUpdate(doc, before)).structs;
}

describe('placesOnlyCommentAnchors', () => {
  it('recognises placing comment anchors, overlapping or not', () => {
    expect(placesOnlyCommentAnchors(updateOf((text) => text.format(0, 4, { comment: { threadId: 't' } })))).toBe(true);
    expect(
      placesOnlyCommentAnchors(updateOf((text) => text.format(0, 8, { 'comment--zyxwvuts': { threadId: 't' } }))),
    ).toBe(true);
  });

  it('cannot tell removing an anchor from deleting words, so counts it as a change', () => {
    expect(placesOnlyCommentAnchors(updateOf((text) => text.format(5, 5, { 'comment--abcdefgh': null })))).toBe(false);
  });

  it('does not mistake writing, deleting or other formatting for commenting', () => {
    expect(placesOnlyCommentAnchors(updateOf((text) => text.insert(0, 'Very ')))).toBe(false);
    expect(placesOnlyCommentAnchors(updateOf((text) => text.delete(0, 5)))).toBe(false);
    expect(placesOnlyCommentAnchors(updateOf((text) => text.format(0, 4, { bold: {} })))).toBe(false);
    expect(
      placesOnlyCommentAnchors(
        updateOf((text) => {
          text.insert(0, 'Very ');
          text.format(0, 4, { comment: { threadId: 't' } });
        }),
      ),
    ).toBe(false);
  });
});
