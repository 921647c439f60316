import { describe, expect, it } from 'vitest';
import type { RenderedNode } from '../history/historyTypes.ts';
import type { ComposedExport } from './composeExport.ts';
import { markdownFromExport } from './markdownFromExport.ts';

const exported = (...content: RenderedNode[]): ComposedExport => ({
  title: 'T',
  subject: 'S',
  lang: 'en-GB',
  projectName: 'P',
  tree: { type: 'doc', content },
});
const paragraph = (...content: RenderedNode[]): RenderedNode => ({ type: 'paragraph', content });
const text = (value: string, ...types: Array<'bold' | 'italic'>): RenderedNode => ({
  type: 'text',
  text: value,
  marks: types.map((type) => ({ type })),
});

describe('markdownFromExport', () => {
  it('keeps spaces outside emphasis and closes marks in order', () => {
    expect(
      markdownFromExport(
        exported(paragraph(text('plain '), text('bold ', 'bold'), text('both', 'bold', 'italic'), text(' end'))),
      ),
    ).toBe('plain **bold *both*** end\n');
  });

  it('escapes what would otherwise be Markdown, HTML or an entity', () => {
    expect(markdownFromExport(exported(paragraph(text('<b>x</b> & [y](z) *a* `c` # ~s~ | !'))))).toBe(
      '\\<b\\>x\\</b\\> \\& \\[y\\](z) \\*a\\* \\`c\\` \\# \\~s\\~ \\| \\!\n',
    );
    expect(
      markdownFromExport(exported(paragraph(text('1. one')), paragraph(text('- two')), paragraph(text('+ three')))),
    ).toBe('1\\. one\n\n\\- two\n\n\\+ three\n');
  });

  it('writes links with safe addresses only, in angle brackets so spaces and brackets survive', () => {
    const link = (href: string): RenderedNode => ({
      type: 'text',
      text: 'go',
      marks: [{ type: 'link', attrs: { href } }],
    });
    expect(markdownFromExport(exported(paragraph(link('https://example.org/a b)<x>'))))).toBe(
      '[go](<https://example.org/a b)\\<x\\>>)\n',
    );
    expect(markdownFromExport(exported(paragraph(link('javascript:alert(1)'))))).toBe('go\n');
  });
});
