import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commentAnchorRanges } from '../../editor/commentAnchorMarks.ts';
import { documentHtml, projectResponse, threadsResponse } from '../../testing/commentFixtures.ts';
import { fakeApi } from '../../testing/fakeApi.ts';
import { renderCommentsPanel } from '../../testing/renderCommentsPanel.tsx';

const routes = {
  'GET /api/projects/p1/documents/d1/comments': { status: 200, body: threadsResponse },
  'GET /api/projects/p1': { status: 200, body: projectResponse },
};

async function openPanel(html = documentHtml) {
  const rendered = renderCommentsPanel(html);
  fireEvent.click(await screen.findByRole('button', { name: 'Comments (4)' }));
  const panel = screen.getByRole('region', { name: 'Comments' });
  await within(panel).findByRole('list', { name: 'Comments in document order' });
  return { ...rendered, panel };
}

const threadNames = (container: HTMLElement) =>
  within(container)
    .queryAllByRole('article')
    .map((article) => article.getAttribute('aria-label'));

describe('CommentsPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists open threads as the document reads, whole-document ones first and removed words after', async () => {
    fakeApi(routes);
    const { panel } = await openPanel();
    const main = within(panel).getByRole('list', { name: 'Comments in document order' });
    await vi.waitFor(() =>
      expect(threadNames(main)).toEqual([
        'Comment by Sam Okafor on the whole document: no replies',
        'Comment by Priya Shah on “Older people”: 2 replies',
        'Comment by Ada Lovelace on “family”: no replies',
      ]),
    );
    const removed = within(panel).getByRole('region', { name: 'On removed text' });
    expect(threadNames(removed)).toEqual(['Comment by Sam Okafor on “respite care”: no replies']);
    expect(within(removed).getByRole('heading', { name: '“respite care”' })).toBeTruthy();
    expect(within(removed).queryByRole('button', { name: 'Go to text' })).toBeNull();
    expect(within(main).getAllByRole('button', { name: 'Go to text' })).toHaveLength(2);
  });

  it('filters by status, person, section and mentions of me', async () => {
    fakeApi(routes);
    const { panel } = await openPanel();

    fireEvent.click(within(panel).getByRole('radio', { name: 'Resolved' }));
    expect(threadNames(panel)).toEqual(['Comment by Ada Lovelace on “near”: no replies, resolved']);
    expect(within(panel).getByText(/^Resolved by Sam Okafor on 29 November 2026 at 10:02$/)).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Reopen' })).toBeTruthy();

    fireEvent.click(within(panel).getByRole('radio', { name: 'All' }));
    expect(threadNames(panel)).toHaveLength(5);

    fireEvent.click(within(panel).getByRole('radio', { name: 'Open' }));
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Person' }), { target: { value: 'ada' } });
    expect(threadNames(panel)).toEqual([
      'Comment by Priya Shah on “Older people”: 2 replies',
      'Comment by Ada Lovelace on “family”: no replies',
    ]);

    fireEvent.change(within(panel).getByRole('combobox', { name: 'Person' }), { target: { value: '' } });
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Section' }), { target: { value: 's:Care' } });
    expect(threadNames(panel)).toEqual(['Comment by Sam Okafor on “respite care”: no replies']);

    fireEvent.click(within(panel).getByRole('button', { name: 'Clear filters' }));
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Mentions me' }));
    expect(threadNames(panel)).toEqual(['Comment by Priya Shah on “Older people”: 2 replies']);
  });

  it('offers Edit and Delete on your own comments only, and shows edits and deletions', async () => {
    fakeApi(routes);
    const { panel } = await openPanel();
    const mine = await within(panel).findByRole('article', { name: /on “Older people”/ });
    expect(within(mine).getAllByRole('button', { name: 'Edit your comment' })).toHaveLength(1);
    expect(within(mine).getAllByRole('button', { name: 'Delete your comment' })).toHaveLength(1);
    expect(within(mine).getByText(/\(edited\)/)).toBeTruthy();
    expect(within(mine).getByText('This comment was deleted')).toBeTruthy();
    expect(within(mine).getByText('@Ada Lovelace').tagName).toBe('STRONG');

    const others = within(panel).getByRole('article', { name: /on “family”/ });
    expect(within(others).queryByRole('button', { name: /Edit|Delete/ })).toBeNull();
    expect(within(others).getByRole('button', { name: 'Reply' })).toBeTruthy();
    expect(within(others).getByRole('button', { name: 'Resolve' })).toBeTruthy();
  });

  it('shows comment text as text: no markup, and links only to web and email addresses', async () => {
    fakeApi(routes);
    const { panel, container } = await openPanel();
    const article = await within(panel).findByRole('article', { name: /on “family”/ });
    expect(container.querySelector('script')).toBeNull();
    expect(within(article).getByText(/<script>alert\(1\)<\/script>/)).toBeTruthy();
    expect(
      within(article)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['https://example.org/plan']);
  });

  it('asks before deleting your comment', async () => {
    const fetch = fakeApi({ ...routes, 'DELETE /api/projects/p1/documents/d1/comments/c2': { status: 204 } });
    const { panel } = await openPanel();
    const mine = await within(panel).findByRole('article', { name: /on “Older people”/ });
    fireEvent.click(within(mine).getByRole('button', { name: 'Delete your comment' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete your comment?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete comment' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fetch.mock.calls.filter(([, init]) => init?.method === 'DELETE')).toHaveLength(1);
  });

  it('says when there are no comments yet', async () => {
    fakeApi({
      ...routes,
      'GET /api/projects/p1/documents/d1/comments': { status: 200, body: { threads: [], people: [] } },
    });
    renderCommentsPanel('<p>Nothing yet</p>');
    fireEvent.click(await screen.findByRole('button', { name: 'Comments (0)' }));
    expect(
      await screen.findByText(
        'No comments yet. Select some words and choose Comment, or comment on the whole document.',
      ),
    ).toBeTruthy();
  });

  it('offers to try again when the comments cannot be loaded', async () => {
    fakeApi({
      ...routes,
      'GET /api/projects/p1/documents/d1/comments': {
        status: 500,
        body: { error: { code: 'internal', message: 'Something broke.' } },
      },
    });
    renderCommentsPanel('<p>Text</p>');
    fireEvent.click(screen.getByRole('button', { name: 'Comments' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not load comments. Something broke.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('resolving and reopening', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the focus in the panel when reopening takes a thread out of the Resolved list', async () => {
    const resolved = threadsResponse.threads.find((thread) => thread.id === 't-res');
    if (!resolved) throw new Error('the fixtures have a resolved thread');
    fakeApi({
      ...routes,
      'POST /api/projects/p1/documents/d1/comments/threads/t-res/reopen': {
        status: 200,
        body: { thread: { ...resolved, resolvedAt: null, resolvedById: null }, people: threadsResponse.people },
      },
    });
    const { panel } = await openPanel();
    fireEvent.click(within(panel).getByRole('radio', { name: 'Resolved' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Reopen' }));
    await within(panel).findByText('Comment reopened.');
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Comments', level: 2 })),
    );
  });
});

describe('a reply being written', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is kept when its thread moves to "On removed text" because someone deleted the words', async () => {
    fakeApi(routes);
    const { editor, panel } = await openPanel();
    const family = within(panel).getByRole('article', { name: /on “family”/ });
    fireEvent.click(within(family).getByRole('button', { name: 'Reply' }));
    fireEvent.change(within(family).getByRole('textbox', { name: 'Your reply' }), {
      target: { value: 'Half a thought' },
    });

    let range = { from: 0, to: 0 };
    editor.state.doc.descendants((node, position) => {
      if (node.text === 'family') range = { from: position, to: position + node.nodeSize };
    });
    editor.chain().setTextSelection(range).deleteSelection().run();

    const removed = await within(panel).findByRole('region', { name: 'On removed text' });
    const moved = await within(removed).findByRole('article', { name: /on “family”/ });
    expect((within(moved).getByRole('textbox', { name: 'Your reply' }) as HTMLTextAreaElement).value).toBe(
      'Half a thought',
    );
  });
});

describe('starting a comment on words', () => {
  afterEach(() => vi.unstubAllGlobals());

  const selectWords = (editor: ReturnType<typeof renderCommentsPanel>['editor'], words: string) => {
    const text = editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n');
    expect(text).toContain(words);
    let range = { from: 0, to: 0 };
    editor.state.doc.descendants((node, position) => {
      const at = node.isText ? (node.text ?? '').indexOf(words) : -1;
      if (at >= 0) range = { from: position + at, to: position + at + words.length };
    });
    editor.commands.setTextSelection(range);
  };

  it('marks the words at once, and takes away only that mark when cancelled', async () => {
    fakeApi(routes);
    const { editor, latest } = await openPanel();
    selectWords(editor, 'good housing');
    latest.comments?.startTextComment();
    const field = await screen.findByRole('textbox', { name: 'Your comment' });
    expect(screen.getByText('good housing', { selector: 'q' })).toBeTruthy();
    const marked = [...commentAnchorRanges(editor.state.doc).keys()];
    expect(marked).toHaveLength(4);
    fireEvent.change(field, { target: { value: 'Which housing?' } });

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect([...commentAnchorRanges(editor.state.doc).keys()]).toEqual(['t-b', 't-res', 't-a']);
  });

  it('takes the mark of an unsent comment away when the page is left', async () => {
    fakeApi(routes);
    const { editor, latest, unmount } = await openPanel();
    selectWords(editor, 'good housing');
    latest.comments?.startTextComment();
    await screen.findByRole('textbox', { name: 'Your comment' });
    expect([...commentAnchorRanges(editor.state.doc).keys()]).toHaveLength(4);

    window.dispatchEvent(new Event('pagehide'));
    expect([...commentAnchorRanges(editor.state.doc).keys()]).toEqual(['t-b', 't-res', 't-a']);
    unmount();
  });

  it('keeps the words written and says why when the server refuses for good, taking the mark away', async () => {
    fakeApi({
      ...routes,
      'POST /api/projects/p1/documents/d1/comments/threads': {
        status: 409,
        body: { error: { code: 'conflict', message: 'This document is archived, so it cannot be commented on.' } },
      },
    });
    const { editor, latest } = await openPanel();
    selectWords(editor, 'good housing');
    latest.comments?.startTextComment();
    const field = await screen.findByRole('textbox', { name: 'Your comment' });
    fireEvent.change(field, { target: { value: 'Which housing?' } });
    fireEvent.keyDown(field, { key: 'Enter', ctrlKey: true });

    expect(await screen.findByText('This document is archived, so it cannot be commented on.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Your comment' }) as HTMLTextAreaElement).value).toBe('Which housing?');
    expect([...commentAnchorRanges(editor.state.doc).keys()]).toEqual(['t-b', 't-res', 't-a']);
  });
});
