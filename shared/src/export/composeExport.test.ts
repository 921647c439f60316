import { describe, expect, it } from 'vitest';
import type { RenderedNode } from '../history/historyTypes.ts';
import { composeExport } from './composeExport.ts';
import type { ExportDocument } from './exportTypes.ts';

const base: ExportDocument = {
  projectName: 'SEND strategy group',
  title: 'SEND strategy',
  versionName: 'Current text',
  date: '2026-07-01T23:30:00.000Z',
  lang: 'en-GB',
  content: {
    type: 'doc',
    content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Our promise' }] }],
  },
  contributors: [],
};

/** Each block as "type: text", one per line, for reading what an export says. */
function lines(node: RenderedNode, depth = 0): string[] {
  const textOf = (n: RenderedNode): string => n.text ?? (n.content ?? []).map(textOf).join('');
  if (node.type === 'paragraph' || node.type === 'heading') {
    const level = node.type === 'heading' ? ` ${node.attrs?.level}` : '';
    return [`${'  '.repeat(depth)}${node.type}${level}: ${textOf(node)}`];
  }
  const inner = node.type === 'listItem' || node.type.endsWith('List') ? depth + 1 : depth;
  return (node.content ?? []).flatMap((child) => lines(child, node.type === 'listItem' ? depth : inner));
}

describe('composeExport', () => {
  it('puts a cover before the text, the title as the only level-1 heading, and dates in the UK', () => {
    const composed = composeExport(base);
    expect(composed.tree.content?.map((part) => part.attrs?.part)).toEqual(['cover', 'content', 'acknowledgements']);
    expect(lines(composed.tree).slice(0, 5)).toEqual([
      'heading 1: SEND strategy',
      'paragraph: Project: SEND strategy group',
      'paragraph: Version: Current text',
      // Half past midnight in London on the 2nd.
      'paragraph: Date: 2 July 2026',
      'heading 2: Our promise',
    ]);
    expect(composed.subject).toBe('SEND strategy group: Current text, 2 July 2026');
  });

  it('credits people by perspective, as they chose, counting those who preferred not to be named', () => {
    const composed = composeExport({
      ...base,
      contributors: [
        { name: 'Zara', perspective: 'professional' },
        { name: null, perspective: 'professional' },
        { name: 'Ada', perspective: 'professional' },
        { name: null, perspective: 'professional' },
        { name: null, perspective: 'lived-experience' },
        { name: 'Bea', perspective: 'unsaid' },
        { name: 'Tom', perspective: null },
      ],
    });
    const acknowledgements = composed.tree.content?.find((part) => part.attrs?.part === 'acknowledgements');
    expect(lines(acknowledgements as RenderedNode).slice(2)).toEqual([
      'heading 3: Lived experience',
      '  paragraph: A member of the group who preferred not to be named',
      'heading 3: Professional',
      '  paragraph: Ada',
      '  paragraph: Zara',
      '  paragraph: 2 members of the group who preferred not to be named',
      'heading 3: Perspective not given',
      '  paragraph: Bea',
      'heading 3: People who have since left the group',
      '  paragraph: Tom',
    ]);
  });

  it('says when no one has changed the template, and when comments cannot be included', () => {
    const composed = composeExport({ ...base, comments: { available: false } });
    const text = lines(composed.tree).join('\n');
    expect(text).toContain('No one has changed this text yet');
    expect(text).toContain('heading 2: Comment threads\nparagraph: Comments could not be included in this export.');
  });

  it('lists changes by section and person, and comment threads with their outcomes', () => {
    const composed = composeExport({
      ...base,
      changes: {
        sinceVersionName: 'Draft 1',
        sinceDate: '2026-06-01T09:00:00.000Z',
        bySection: [{ label: 'Our promise', wordsAdded: 1, wordsRemoved: 1200 }],
        byPerson: [{ label: 'A member of the group', wordsAdded: 1, wordsRemoved: 1200 }],
      },
      comments: {
        available: true,
        threads: [
          {
            quote: 'Our promise',
            outcome: 'Resolved: reworded',
            comments: [{ author: 'Ada', text: 'Too vague?', date: '2026-06-02T09:00:00.000Z' }],
          },
        ],
      },
    });
    const text = lines(composed.tree).join('\n');
    expect(text).toContain('heading 2: Summary of changes since “Draft 1”');
    expect(text).toContain('paragraph: Our promise: 1 word added, 1,200 words removed');
    expect(text).toContain('paragraph: A member of the group: 1 word added, 1,200 words removed');
    expect(text).toContain('heading 3: Thread 1\nparagraph: Our promise\n  paragraph: Ada, 2 June 2026: Too vague?');
    expect(text).toContain('paragraph: Outcome: Resolved: reworded');
  });
});
