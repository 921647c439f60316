import { Extension } from '@tiptap/core';
import { isSectionId, SECTION_ID_ATTRIBUTE } from '../sections/newSectionId.ts';

/**
 * Gives headings a stable section id (`sectionId`, written `data-section-id` in HTML),
 * so a section is named by its id rather than by its words: renaming a heading, or two
 * headings with the same words, changes nothing that points at it. The editor and the
 * server give ids to headings that lack one and settle duplicates (sectionIdChanges).
 */
export const SectionIdAttribute = Extension.create({
  name: 'sectionIdAttribute',

  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          [SECTION_ID_ATTRIBUTE]: {
            default: null,
            // The second half of a split heading is a new section.
            keepOnSplit: false,
            // Kept from copied HTML, so a section cut and pasted elsewhere stays itself; a copy is told apart by the editor.
            parseHTML: (element) => {
              const id = element.getAttribute('data-section-id');
              return isSectionId(id) ? id : null;
            },
            renderHTML: (attributes) => {
              const id: unknown = attributes[SECTION_ID_ATTRIBUTE];
              return isSectionId(id) ? { 'data-section-id': id } : {};
            },
          },
        },
      },
    ];
  },
});
