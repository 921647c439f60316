import type { InboxItem, InboxResponse } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { InboxLink } from './InboxLink.tsx';
import { InboxPage } from './InboxPage.tsx';

const item = (id: string, kind: InboxItem['kind'], createdAt: string, readAt: string | null): InboxItem => ({
  id,
  kind,
  projectId: 'p1',
  projectName: 'Older people’s strategy',
  documentId: 'd1',
  documentTitle: 'Draft strategy',
  threadId: `t-${id}`,
  commentId: `c-${id}`,
  from: { id: 'ada', displayName: 'Ada Lovelace' },
  excerpt: `Excerpt ${id}`,
  section: 'Housing',
  createdAt,
  readAt,
});

const inbox: InboxResponse = {
  unreadCount: 1,
  items: [
    item('old', 'reply', '2026-11-20T10:00:00.000Z', '2026-11-21T10:00:00.000Z'),
    item('new', 'mention', '2026-11-28T10:00:00.000Z', null),
  ],
};

function renderInbox() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <InboxLink />
        <InboxPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('InboxPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists mentions and replies newest first, linking to the thread, with unread said in words', async () => {
    fakeApi({ 'GET /api/inbox': { status: 200, body: inbox } });
    renderInbox();
    const list = await screen.findByRole('list', { name: 'Mentions and replies, newest first' });
    const entries = within(list).getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getByRole('link').textContent)).toEqual([
      'Ada Lovelace mentioned you',
      'Ada Lovelace replied',
    ]);
    expect(
      within(entries[0] as HTMLElement).getByRole('link', { name: 'Ada Lovelace mentioned you, unread' }),
    ).toBeTruthy();
    expect(within(entries[0] as HTMLElement).getByText('Unread')).toBeTruthy();
    expect(entries[0]?.textContent).toContain('Older people’s strategy › Draft strategy › Housing');
    expect(
      within(entries[0] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/projects/p1/documents/d1?thread=t-new');
    expect(screen.getByRole('link', { name: 'Inbox, 1 unread' })).toBeTruthy();
  });

  it('marks an item read when it is opened, and everything with "Mark all as read"', async () => {
    const read: InboxResponse = {
      unreadCount: 0,
      items: inbox.items.map((entry) => ({ ...entry, readAt: entry.createdAt })),
    };
    const fetch = fakeApi({
      'GET /api/inbox': { status: 200, body: inbox },
      'POST /api/inbox/read': { status: 200, body: read },
    });
    renderInbox();
    fireEvent.click(await screen.findByRole('link', { name: 'Ada Lovelace mentioned you, unread' }));
    await vi.waitFor(() => expect(screen.getByRole('link', { name: 'Inbox' })).toBeTruthy());
    const posts = fetch.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(posts[0]?.[1]?.body))).toEqual({ ids: ['new'] });
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  it('sends "all" from Mark all as read', async () => {
    const fetch = fakeApi({
      'GET /api/inbox': { status: 200, body: inbox },
      'POST /api/inbox/read': { status: 200, body: { unreadCount: 0, items: [] } },
    });
    renderInbox();
    fireEvent.click(await screen.findByRole('button', { name: 'Mark all as read' }));
    await vi.waitFor(() =>
      expect(screen.getByText('Nothing here yet. Mentions and replies to you will appear here.')).toBeTruthy(),
    );
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ all: true });
  });

  it('says when the inbox cannot be loaded, with a way to try again', async () => {
    fakeApi({
      'GET /api/inbox': { status: 500, body: { error: { code: 'internal', message: 'Down for a moment.' } } },
    });
    renderInbox();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not load your inbox. Down for a moment.');
    expect(screen.getByRole('link', { name: 'Inbox' })).toBeTruthy();
  });
});
