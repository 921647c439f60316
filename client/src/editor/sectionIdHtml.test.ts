import { documentExtensions } from '@roundtable/shared';
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';

describe('the section id of headings', () => {
  const editor = () => new Editor({ extensions: documentExtensions() });

  it('is written as data-section-id and read back from it', () => {
    const html = '<h2 data-section-id="priority-1">Priority 1</h2><p>Words</p>';
    const written = editor();
    written.commands.setContent(html);
    expect(written.getJSON().content?.[0]?.attrs).toMatchObject({ level: 2, sectionId: 'priority-1' });
    expect(written.getHTML()).toContain('<h2 data-section-id="priority-1">Priority 1</h2>');
    written.destroy();
  });

  it('is not read from copied HTML whose id the schema would refuse', () => {
    const read = editor();
    read.commands.setContent(`<h2 data-section-id="${'x'.repeat(65)}">Long</h2><h3 data-section-id="a b">Spaced</h3>`);
    const headings = read.getJSON().content?.filter((node) => node.type === 'heading');
    expect(headings?.map((node) => node.attrs?.sectionId)).toEqual([null, null]);
    expect(read.getHTML()).not.toContain('data-section-id');
    read.destroy();
  });

  it('belongs to headings only', () => {
    const read = editor();
    read.commands.setContent('<p data-section-id="para">Words</p>');
    expect(read.getJSON().content?.[0]?.attrs?.sectionId).toBeUndefined();
    read.destroy();
  });
});
