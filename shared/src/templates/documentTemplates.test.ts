import { describe, expect, it } from 'vitest';
import { isSectionId } from '../sections/newSectionId.ts';
import { templateContent } from './documentTemplates.ts';
import { templateIds } from './templateIds.ts';

const headingIds = (template: (typeof templateIds)[number]) =>
  (templateContent(template, 'Strategy').content ?? [])
    .filter((node) => node.type === 'heading')
    .map((node) => node.attrs?.sectionId);

describe('templates', () => {
  it.each(templateIds)('give every heading of %s a section id of its own, new for each document', (template) => {
    const first = headingIds(template);
    const second = headingIds(template);
    expect(first.length).toBeGreaterThan(0);
    for (const id of [...first, ...second]) expect(isSectionId(id)).toBe(true);
    expect(new Set([...first, ...second]).size).toBe(first.length * 2);
  });
});
