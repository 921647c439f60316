import { COLLABORATION_FIELD, isSectionId, SECTION_ID_ATTRIBUTE, sectionsOf } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorWrites, strategyContent } from '../testing/EditorWrites.ts';
import { documentMisfits } from './documentMisfits.ts';
import { schemaRepair } from './schemaRepair.ts';
import { templateUpdate } from './templateUpdate.ts';

const fragmentOf = (doc: Y.Doc) => doc.getXmlFragment(COLLABORATION_FIELD);
const headings = (doc: Y.Doc) =>
  fragmentOf(doc)
    .toArray()
    .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.nodeName === 'heading');
const idsOf = (doc: Y.Doc) => headings(doc).map((heading) => heading.getAttribute(SECTION_ID_ATTRIBUTE));

/** The strategy as the editor wrote it, then changed by `write` straight through Yjs. */
function storedWith(write: (doc: Y.Doc) => void): Y.Doc {
  const stored = new Y.Doc();
  Y.applyUpdate(stored, Y.encodeStateAsUpdate(EditorWrites.writing(strategyContent).ydoc));
  write(stored);
  return stored;
}

/** The document after the repair loading applies, checked to need no further repair. */
function repaired(stored: Y.Doc): Y.Doc {
  const repair = schemaRepair(stored);
  expect(repair).not.toBeNull();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored));
  Y.applyUpdate(doc, repair as Uint8Array);
  expect(documentMisfits(doc)).toEqual([]);
  expect(schemaRepair(doc)).toBeNull();
  return doc;
}

describe('section ids on load', () => {
  it('are left alone when every heading has one of its own, as new documents do', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, templateUpdate('older-peoples-strategy', 'Strategy').update);
    expect(idsOf(doc).every(isSectionId)).toBe(true);
    expect(schemaRepair(doc)).toBeNull();
  });

  it('are given to headings stored before headings had them, at any depth, changing nothing else', () => {
    const stored = storedWith((doc) => {
      for (const heading of headings(doc)) heading.removeAttribute(SECTION_ID_ATTRIBUTE);
      const inList = new Y.XmlElement('heading');
      const listItem = (fragmentOf(doc).get(3) as Y.XmlElement).get(0) as Y.XmlElement;
      listItem.insert(1, [inList]);
      inList.insert(0, [new Y.XmlText('Inside a list')]);
    });
    const text = fragmentOf(stored)
      .toString()
      .replace(/ sectionId="[^"]*"/g, '');
    const doc = repaired(stored);
    const sections = sectionsOf(fragmentOf(doc));
    expect(sections.map((section) => section.title)).toEqual(['Older People’s Strategy', 'Housing', 'Inside a list']);
    expect(new Set(sections.map((section) => section.sectionId)).size).toBe(3);
    expect(
      fragmentOf(doc)
        .toString()
        .replace(/ sectionId="[^"]*"/g, ''),
    ).toBe(text);
  });

  it('are settled when headings share one: the first keeps it, the others get new ones', () => {
    const stored = storedWith((doc) => {
      const copy = new Y.XmlElement('heading');
      fragmentOf(doc).insert(3, [copy]);
      copy.setAttribute(SECTION_ID_ATTRIBUTE, 'housing');
      copy.insert(0, [new Y.XmlText('Housing')]);
      headings(doc)[0]?.setAttribute(SECTION_ID_ATTRIBUTE, 'housing');
    });
    const ids = idsOf(repaired(stored));
    expect(ids[0]).toBe('housing');
    expect(ids[1]).not.toBe('housing');
    expect(ids[2]).not.toBe('housing');
    expect(ids.every(isSectionId)).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });

  it('replace one stored with a value the schema refuses', () => {
    const stored = storedWith((doc) => headings(doc)[1]?.setAttribute(SECTION_ID_ATTRIBUTE, 42 as never));
    expect(documentMisfits(stored).map((misfit) => misfit.reason)).toEqual(['heading with attribute sectionId = 42']);
    const ids = idsOf(repaired(stored));
    expect(ids[0]).toBe('strategy-title');
    expect(isSectionId(ids[1])).toBe(true);
  });
});
