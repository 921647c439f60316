import {
  type Credit,
  type RenderedMark,
  type RenderedNode,
  recordedFor,
  TEMPLATE_CREDIT,
  writtenBy,
} from '@roundtable/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HistoryPeople } from './HistoryPeople.ts';
import { RenderedDocument } from './RenderedDocument.tsx';

const people = new HistoryPeople([
  { id: 'ada', displayName: 'Ada Lovelace', perspective: 'lived-experience' },
  { id: 'sam', displayName: 'Sam Okafor', perspective: 'professional' },
]);

const by = (credit: Credit): RenderedMark => ({ type: 'authorship', attrs: { credit } });
const text = (value: string, ...marks: RenderedMark[]): RenderedNode => ({ type: 'text', text: value, marks });
const doc = (...content: RenderedNode[]): RenderedNode => ({ type: 'doc', content });
const paragraph = (...content: RenderedNode[]): RenderedNode => ({ type: 'paragraph', content });

function show(content: RenderedNode) {
  return render(<RenderedDocument content={content} people={people} label="Who wrote what" />);
}

describe('RenderedDocument', () => {
  it('draws the document’s blocks and formatting', () => {
    show(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Priority 1')] },
        paragraph(text('Warm ', { type: 'bold' }), text('homes', { type: 'italic' })),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Benches'))] }] },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [paragraph(text('Buses'))] }],
        },
        { type: 'blockquote', content: [paragraph(text('Said in the room'))] },
        { type: 'horizontalRule' },
      ),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Priority 1' })).toBeTruthy();
    expect(screen.getByText('Warm').tagName).toBe('STRONG');
    expect(screen.getByText('homes').tagName).toBe('EM');
    expect(screen.getByText('Benches').closest('ul')).toBeTruthy();
    expect(screen.getByText('Buses').closest('ol')?.getAttribute('start')).toBe('3');
    expect(screen.getByText('Said in the room').closest('blockquote')).toBeTruthy();
    expect(screen.getByRole('separator')).toBeTruthy();
  });

  it('names each passage’s author, with the scribe who recorded it, as one passage across formatting', () => {
    show(
      doc(
        paragraph(
          text('Buses that ', by(writtenBy('ada'))),
          text('wait', by(writtenBy('ada')), { type: 'bold' }),
          text(' for people.', by(recordedFor('ada', 'sam'))),
          text(' Template words.', by(TEMPLATE_CREDIT)),
        ),
      ),
    );
    const passages = screen.getAllByRole('group');
    expect(passages.map((passage) => passage.getAttribute('aria-label'))).toEqual([
      'written by Ada Lovelace',
      'written by Ada Lovelace, recorded by Sam Okafor',
      'from the template',
    ]);
    expect(passages[0]?.textContent).toBe('Buses that wait');
    expect(passages[1]?.getAttribute('data-label')).toBe('Ada Lovelace (recorded by Sam Okafor)');
    // A pattern as well as a colour.
    expect(passages[0]?.getAttribute('data-pattern')).toMatch(/solid|dashed|dotted|double|wavy/);
    expect(passages[2]?.getAttribute('data-pattern')).toBe('template');
  });

  it('is one Tab stop, with the arrow keys moving between passages', () => {
    show(
      doc(
        paragraph(text('One. ', by(writtenBy('ada'))), text('Two. ', by(writtenBy('sam')))),
        paragraph(text('Three.', by(writtenBy('ada')))),
      ),
    );
    const passages = screen.getAllByRole('group');
    expect(passages.map((passage) => passage.tabIndex)).toEqual([0, -1, -1]);
    passages[0]?.focus();
    fireEvent.keyDown(passages[0] as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(passages[1]);
    fireEvent.keyDown(passages[1] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(passages[2]);
    expect(passages.map((passage) => passage.tabIndex)).toEqual([-1, -1, 0]);
    fireEvent.keyDown(passages[2] as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toBe(passages[0]);
  });

  it('shows additions and removals with who made them, in words as well as style', () => {
    show(
      doc(
        paragraph(
          text('Kept. '),
          text('New words', { type: 'insertion', attrs: { credit: writtenBy('ada') } }),
          text('Old words', { type: 'deletion', attrs: { credit: writtenBy('sam') } }),
        ),
      ),
    );
    const added = screen.getByText('New words').closest('ins');
    const removed = screen.getByText('Old words').closest('del');
    expect(added?.textContent).toBe('added by Ada Lovelace: New words (end of addition)');
    expect(removed?.textContent).toBe('removed by Sam Okafor: Old words (end of removal)');
    expect(added?.getAttribute('data-label')).toBe('Added by Ada Lovelace');
  });

  it('never turns text into markup, and follows only web and email links', () => {
    const { container } = show(
      doc(
        paragraph(
          text('<img src=x onerror="alert(1)"><script>alert(2)</script>', by(writtenBy('ada'))),
          text('bad link', { type: 'link', attrs: { href: 'javascript:alert(3)' } }),
          text('good link', { type: 'link', attrs: { href: 'https://example.org/' } }),
          text('relative link', { type: 'link', attrs: { href: '/somewhere' } }),
        ),
      ),
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<script>alert\(2\)<\/script>/)).toBeTruthy();
    expect(screen.getByText('bad link').closest('a')).toBeNull();
    expect(screen.getByText('relative link').closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: 'good link' }).getAttribute('href')).toBe('https://example.org/');
  });
});
