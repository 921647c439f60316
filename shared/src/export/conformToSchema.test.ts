import { describe, expect, it } from 'vitest';
import type { RenderedNode } from '../history/historyTypes.ts';
import { conformToSchema } from './conformToSchema.ts';

const text = (value: string, marks?: RenderedNode['marks']): RenderedNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const doc = (...content: RenderedNode[]): RenderedNode => ({ type: 'doc', content });

describe('conformToSchema', () => {
  it('keeps what the document schema allows as it is', () => {
    const content = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Priorities')] },
      { type: 'paragraph', content: [text('bold', [{ type: 'bold' }]), { type: 'hardBreak' }, text('next')] },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('one')] }] }],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('three')] }] }],
      },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [text('quoted')] }] },
    );
    expect(conformToSchema(content)).toEqual(content);
  });

  it('gives the text of unknown elements to their parent and wraps stray text in a paragraph', () => {
    expect(
      conformToSchema(
        doc(
          { type: 'script', content: [text('alert(1)')] },
          { type: 'iframe', content: [{ type: 'paragraph', content: [text('inside')] }] },
          { type: 'paragraph', content: [{ type: 'span', content: [text('nested')] }] },
        ),
      ),
    ).toEqual(
      doc(
        { type: 'paragraph', content: [text('alert(1)')] },
        { type: 'paragraph', content: [text('inside')] },
        { type: 'paragraph', content: [text('nested')] },
      ),
    );
  });

  it('puts stray paragraphs in list items, and takes list items out of places lists are not', () => {
    expect(
      conformToSchema(
        doc(
          { type: 'bulletList', content: [{ type: 'paragraph', content: [text('loose')] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [text('orphan')] }] },
        ),
      ),
    ).toEqual(
      doc(
        {
          type: 'bulletList',
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('loose')] }] }],
        },
        { type: 'paragraph', content: [text('orphan')] },
      ),
    );
  });

  it('keeps only safe, absolute links and the marks the schema has', () => {
    const link = (href: string) => [{ type: 'link' as const, attrs: { href } }];
    const conformed = conformToSchema(
      doc({
        type: 'paragraph',
        content: [
          text('script', link('javascript:alert(1)')),
          text('relative', link('/projects/1')),
          text('mail', link('mailto:ada@example.org')),
          text('web', link('https://example.org')),
          text('code', [{ type: 'code' }, { type: 'italic' }]),
        ],
      }),
    );
    expect(conformed.content?.[0]?.content).toEqual([
      text('script'),
      text('relative'),
      text('mail', link('mailto:ada@example.org')),
      text('web', link('https://example.org')),
      text('code', [{ type: 'italic' }]),
    ]);
  });

  it('drops empty blocks and attributes the schema does not know, and keeps heading levels in range', () => {
    expect(
      conformToSchema(
        doc(
          { type: 'paragraph' },
          { type: 'paragraph', content: [{ type: 'hardBreak' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
          { type: 'heading', attrs: { level: 9, onclick: 'alert(1)' }, content: [text('Deep')] },
          { type: 'heading', attrs: { level: '1 onclick=x' }, content: [text('Odd')] },
          {
            type: 'orderedList',
            attrs: { start: -4 },
            content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('x')] }] }],
          },
        ),
      ),
    ).toEqual(
      doc(
        { type: 'heading', attrs: { level: 3 }, content: [text('Deep')] },
        { type: 'heading', attrs: { level: 1 }, content: [text('Odd')] },
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('x')] }] }],
        },
      ),
    );
  });
});
