import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { headingElementsOf } from './headingElementsOf.ts';
import { isSectionId, SECTION_ID_ATTRIBUTE } from './newSectionId.ts';

/** A section of the document: a heading, named by its stable id. */
export interface Section {
  sectionId: string;
  /** 1, 2 or 3. */
  level: number;
  /** The heading's words, with runs of white space as one space. */
  title: string;
}

/**
 * The document's sections in document order, from the shared document or from an
 * editor's document. Ids are unique once the editor or the server has settled them
 * (see sectionIdChanges); a heading not yet given an id is left out.
 */
export function sectionsOf(document: Y.XmlFragment | ProseMirrorNode): Section[] {
  return document instanceof ProseMirrorNode ? sectionsOfNode(document) : sectionsOfFragment(document);
}

function sectionsOfNode(doc: ProseMirrorNode): Section[] {
  const sections: Section[] = [];
  doc.descendants((node) => {
    if (node.type.name !== 'heading') return true;
    const sectionId: unknown = node.attrs[SECTION_ID_ATTRIBUTE];
    if (isSectionId(sectionId)) {
      const title = node.textBetween(0, node.content.size, ' ', ' ');
      sections.push({ sectionId, level: levelOf(node.attrs.level), title: normalise(title) });
    }
    return false;
  });
  return sections;
}

function sectionsOfFragment(fragment: Y.XmlFragment): Section[] {
  const sections: Section[] = [];
  for (const heading of headingElementsOf(fragment)) {
    const sectionId: unknown = heading.getAttribute(SECTION_ID_ATTRIBUTE);
    if (!isSectionId(sectionId)) continue;
    const level: unknown = heading.getAttribute('level');
    sections.push({ sectionId, level: levelOf(level), title: normalise(textOf(heading)) });
  }
  return sections;
}

/** A heading's words; an inline node between them (a line break) counts as a space. */
function textOf(heading: Y.XmlElement): string {
  return heading
    .toArray()
    .map((child) =>
      child instanceof Y.XmlText
        ? (child.toDelta() as Array<{ insert?: unknown }>)
            .map((op) => (typeof op.insert === 'string' ? op.insert : ' '))
            .join('')
        : ' ',
    )
    .join('');
}

function levelOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) ? value : 1;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
