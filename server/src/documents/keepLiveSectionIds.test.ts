import type { Section } from '@roundtable/shared';
import { sectionsOf } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { schema } from '../testing/EditorWrites.ts';
import { keepLiveSectionIds } from './keepLiveSectionIds.ts';

const heading = (level: number, sectionId: string, text: string) => ({
  type: 'heading',
  attrs: { level, sectionId },
  content: [{ type: 'text', text }],
});
const contentOf = (...headings: object[]) =>
  schema.nodeFromJSON({ type: 'doc', content: [...headings, { type: 'paragraph' }] });
const ids = (sections: Section[]) => sections.map((section) => section.sectionId);

const live: Section[] = [
  { sectionId: 'live-title', level: 1, title: 'Strategy' },
  { sectionId: 'live-housing', level: 2, title: 'Housing' },
  { sectionId: 'live-transport', level: 2, title: 'Transport' },
];

describe('keepLiveSectionIds', () => {
  it('gives restored headings the live ids of headings with the same level and words', () => {
    // Ids a version saved before headings had them was given when it was opened.
    const restored = contentOf(
      heading(1, 'new-1', 'Strategy'),
      heading(2, 'new-2', 'Housing'),
      heading(3, 'new-3', 'Transport'),
    );
    expect(ids(sectionsOf(keepLiveSectionIds(restored, live)))).toEqual(['live-title', 'live-housing', 'new-3']);
  });

  it('keeps the ids restored headings already share with the live document, and never uses one twice', () => {
    const restored = contentOf(
      heading(2, 'live-housing', 'Homes'),
      heading(2, 'old-housing', 'Housing'),
      heading(2, 'old-transport', 'Transport'),
      heading(2, 'old-transport-2', 'Transport'),
    );
    expect(ids(sectionsOf(keepLiveSectionIds(restored, live)))).toEqual([
      'live-housing',
      'old-housing',
      'live-transport',
      'old-transport-2',
    ]);
  });

  it('changes nothing when there is nothing to keep', () => {
    const restored = contentOf(heading(2, 'elsewhere', 'Somewhere else'));
    expect(keepLiveSectionIds(restored, live)).toBe(restored);
  });
});
