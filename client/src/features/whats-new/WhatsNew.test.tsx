import type { WhatsNewResponse } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { WhatsNew } from './WhatsNew.tsx';

const ada = { id: 'ada', displayName: 'Ada Lovelace' };
const sam = { id: 'sam', displayName: 'Sam Okafor' };

const news: WhatsNewResponse = {
  since: '2026-11-20T09:00:00.000Z',
  items: [
    {
      kind: 'document-changed',
      documentId: 'd1',
      documentTitle: 'Draft strategy',
      threadId: null,
      commentId: null,
      people: [sam, ada],
      summary: '3 changes',
      section: '',
      at: '2026-11-25T10:00:00.000Z',
    },
    {
      kind: 'reply',
      documentId: 'd1',
      documentTitle: 'Draft strategy',
      threadId: 't1',
      commentId: 'c9',
      people: [ada],
      summary: 'I agree with this',
      section: 'Housing',
      at: '2026-11-28T10:00:00.000Z',
    },
  ],
};

function renderWhatsNew() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <WhatsNew projectId="p1" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return screen.getByRole('region', { name: 'What’s new since your last visit' });
}

describe('WhatsNew', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists what others did, newest first, each a link to the place', async () => {
    fakeApi({ 'GET /api/projects/p1/whats-new': { status: 200, body: news } });
    const region = renderWhatsNew();
    const links = await within(region).findAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Ada Lovelace replied in “Draft strategy”', '/projects/p1/documents/d1?thread=t1'],
      ['Sam Okafor and Ada Lovelace changed “Draft strategy”', '/projects/p1/documents/d1'],
    ]);
    expect(within(region).getByText('3 changes')).toBeTruthy();
  });

  it('welcomes a first visit', async () => {
    fakeApi({ 'GET /api/projects/p1/whats-new': { status: 200, body: { since: null, items: [] } } });
    const region = renderWhatsNew();
    expect(await within(region).findByText(/This is your first visit/)).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Mark all as seen' })).toBeNull();
  });

  it('marks everything seen and asks again', async () => {
    let seen = false;
    const fetch = fakeApi({
      get 'GET /api/projects/p1/whats-new'() {
        return { status: 200, body: seen ? { since: news.since, items: [] } : news };
      },
      get 'POST /api/projects/p1/whats-new/seen'() {
        seen = true;
        return { status: 204 };
      },
    });
    const region = renderWhatsNew();
    fireEvent.click(await within(region).findByRole('button', { name: 'Mark all as seen' }));
    expect(await within(region).findByText(/^Nothing new since your last visit on/)).toBeTruthy();
    expect(fetch.mock.calls.filter(([path]) => String(path).endsWith('/seen'))).toHaveLength(1);
  });
});
