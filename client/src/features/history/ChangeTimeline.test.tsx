import type { EditSession, HistoryResponse } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { ChangeTimeline } from './ChangeTimeline.tsx';

const HISTORY = '/api/projects/p1/documents/d1/history';

function session(credit: EditSession['credit'], id: number): EditSession {
  return {
    id: `s${id}`,
    credit,
    startedAt: '2026-12-01T10:00:00.000Z',
    endedAt: '2026-12-01T10:05:00.000Z',
    sections: ['Housing'],
    wordsAdded: 6,
    wordsRemoved: 0,
    charactersAdded: 30,
    charactersRemoved: 0,
    changeCount: 1,
    restoredVersion: null,
    firstUpdateId: id,
    lastUpdateId: id,
  };
}

const people = [
  { id: 'ada', displayName: 'Ada Lovelace', perspective: 'lived-experience' as const },
  { id: 'sam', displayName: 'Sam Okafor', perspective: 'professional' as const },
];
const unknown = session({ kind: 'unknownWriter', relayedById: 'sam' }, 3);
const history = (sessions: EditSession[]): HistoryResponse => ({
  sessions,
  nextBefore: null,
  people,
  sections: ['Housing'],
  commentActivity: [],
  recoveredChanges: 2,
  unknownWriterChanges: 1,
});

function renderTimeline() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ChangeTimeline projectId="p1" documentId="d1" />
    </QueryClientProvider>,
  );
}

describe('ChangeTimeline after a restore from a backup', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says which words nobody can be credited with, names the relaying device, and shows them on request', async () => {
    const fetch = fakeApi({
      [`GET ${HISTORY}?limit=30`]: {
        status: 200,
        body: history([
          unknown,
          session({ kind: 'recovered', personId: 'ada', relayedById: 'sam' }, 2),
          session({ kind: 'written', personId: 'ada' }, 1),
        ]),
      },
      [`GET ${HISTORY}?person=unknown-writer&limit=30`]: { status: 200, body: history([unknown]) },
    });
    renderTimeline();

    const notice = await screen.findByRole('region', { name: 'Words to check: unknown writer' });
    expect(notice.textContent).toContain('handed back words that nobody can be credited with (1 change)');
    expect(screen.getByText('Ada Lovelace (recovered from Sam Okafor’s device)')).toBeTruthy();
    expect(screen.getByText('Unknown writer (recovered from Sam Okafor’s device)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Show these changes' }));
    await vi.waitFor(() => expect(screen.queryByText('Ada Lovelace (recovered from Sam Okafor’s device)')).toBeNull());
    expect(fetch).toHaveBeenCalledWith(`${HISTORY}?person=unknown-writer&limit=30`, expect.anything());
    expect(screen.getByText('Unknown writer (recovered from Sam Okafor’s device)')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Words to check: unknown writer' })).toBeNull();
  });
});
