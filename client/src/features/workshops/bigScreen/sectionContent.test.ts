import type { RenderedNode } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { sectionContent } from './sectionContent.ts';

const heading = (sectionId: string, level: number, text: string): RenderedNode => ({
  type: 'heading',
  attrs: { level, sectionId },
  content: [{ type: 'text', text }],
});
const paragraph = (text: string): RenderedNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

const document: RenderedNode = {
  type: 'doc',
  content: [
    heading('s-intro', 1, 'Our strategy'),
    paragraph('Why it matters'),
    heading('s-health', 2, 'Being healthy'),
    paragraph('Walking groups'),
    heading('s-food', 3, 'Eating well'),
    paragraph('Lunch clubs'),
    heading('s-access', 2, 'Finding out'),
    paragraph('A phone line'),
  ],
};

describe('sectionContent', () => {
  it('takes the heading and what is under it, with its own sub-headings, up to the next heading as high', () => {
    expect(sectionContent(document, 's-health')?.content).toEqual([
      heading('s-health', 2, 'Being healthy'),
      paragraph('Walking groups'),
      heading('s-food', 3, 'Eating well'),
      paragraph('Lunch clubs'),
    ]);
  });

  it('runs to the end of the document for the last section', () => {
    expect(sectionContent(document, 's-access')?.content).toEqual([
      heading('s-access', 2, 'Finding out'),
      paragraph('A phone line'),
    ]);
  });

  it('stops a sub-section at the next heading of any level as high or higher', () => {
    expect(sectionContent(document, 's-food')?.content).toEqual([
      heading('s-food', 3, 'Eating well'),
      paragraph('Lunch clubs'),
    ]);
  });

  it('is null once no heading has the id', () => {
    expect(sectionContent(document, 's-gone')).toBeNull();
  });
});
