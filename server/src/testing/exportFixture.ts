import type { ExportDocument, RenderedNode } from '@roundtable/shared';

/** Words a hostile client might put in a document, which every format must keep as words. */
export const SCRIPT_TEXT = '<script>alert(1)</script><img src=x onerror=alert(1)>';

const text = (value: string, ...marks: RenderedNode['marks'] & object): RenderedNode =>
  marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: RenderedNode[]): RenderedNode => ({ type: 'paragraph', content });
const item = (...content: RenderedNode[]): RenderedNode => ({ type: 'listItem', content });

/**
 * A strategy with everything an export must keep: headings at each level, formatting,
 * a link, nested bullet and numbered lists, a quote, a hard break, and hostile text
 * and a script link. Credits include someone who chose not to be named.
 */
export function exportFixture(): ExportDocument {
  return {
    projectName: 'Older People’s Strategy group',
    title: 'Joint Older People’s Strategy',
    versionName: 'Draft for workshop 2',
    date: '2026-03-03T10:00:00.000Z',
    lang: 'en-GB',
    content: {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [text('Our priorities')] },
        paragraph(
          text('We agreed on '),
          text('four', { type: 'bold' }),
          text(' priorities, ', { type: 'italic' }),
          text('read the handbook', { type: 'link', attrs: { href: 'https://example.org/handbook' } }),
          text('.'),
        ),
        { type: 'heading', attrs: { level: 2 }, content: [text('Being physically and emotionally healthy')] },
        {
          type: 'bulletList',
          content: [
            item(paragraph(text('Warm homes')), {
              type: 'bulletList',
              content: [item(paragraph(text('Insulation grants')))],
            }),
            item(paragraph(text('Buses that run on Sundays'))),
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [
            item(paragraph(text('Listen first'))),
            item(paragraph(text('Then act')), {
              type: 'orderedList',
              attrs: { start: 1 },
              content: [item(paragraph(text('Report back')))],
            }),
          ],
        },
        { type: 'heading', attrs: { level: 3 }, content: [text('What people said')] },
        {
          type: 'blockquote',
          content: [paragraph(text('Nothing about us without us.'), { type: 'hardBreak' }, text('— a resident'))],
        },
        paragraph(text(SCRIPT_TEXT)),
        paragraph(text('click me', { type: 'link', attrs: { href: 'javascript:alert(1)' } })),
      ],
    },
    contributors: [
      { name: 'Ada Lovelace', perspective: 'lived-experience' },
      { name: null, perspective: 'lived-experience' },
      { name: 'Sam Okafor', perspective: 'professional' },
      { name: 'Tom Brown', perspective: null },
    ],
    changes: {
      sinceVersionName: 'Starting text',
      sinceDate: '2026-02-01T10:00:00.000Z',
      bySection: [{ label: 'Our priorities', wordsAdded: 12, wordsRemoved: 3 }],
      byPerson: [
        { label: 'Ada Lovelace', wordsAdded: 10, wordsRemoved: 1 },
        { label: 'A member of the group', wordsAdded: 2, wordsRemoved: 2 },
      ],
    },
    comments: {
      available: true,
      threads: [
        {
          quote: 'Insulation grants',
          section: 'Our priorities',
          outcome: 'Resolved by Ada Lovelace on 4 March 2026',
          comments: [
            {
              author: 'Bea',
              text: 'Which grants?\nThe council’s or the government’s?',
              date: '2026-03-03T10:00:00.000Z',
            },
            { author: 'A member of the group', text: `Both. ${SCRIPT_TEXT}`, date: '2026-03-04T09:00:00.000Z' },
          ],
        },
      ],
    },
  };
}
