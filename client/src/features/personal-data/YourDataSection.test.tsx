import type { PersonalDataExportStatus } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { YourDataSection } from './YourDataSection.tsx';

const working: PersonalDataExportStatus = {
  state: 'working',
  documentsDone: 1,
  documentsTotal: 3,
  startedAt: '2026-12-07T10:00:00.000Z',
  readyAt: null,
  expiresAt: null,
  sizeBytes: null,
  failure: null,
};
const ready: PersonalDataExportStatus = {
  ...working,
  state: 'ready',
  documentsDone: 3,
  readyAt: '2026-12-07T10:00:05.000Z',
  expiresAt: '2026-12-07T11:00:05.000Z',
  sizeBytes: 5000,
};

function renderSection() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <YourDataSection />
    </QueryClientProvider>,
  );
}

describe('YourDataSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes a copy in the background, shows how far it has got, then offers the download', async () => {
    const answers = [{ export: null }, { export: ready }];
    const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const body = init?.method === 'POST' ? { export: working } : (answers.shift() ?? { export: ready });
      return new Response(JSON.stringify(body), { status: init?.method === 'POST' ? 202 : 200 });
    });
    vi.stubGlobal('fetch', fetch);
    renderSection();

    fireEvent.click(await screen.findByRole('button', { name: 'Make a copy of my data' }));
    expect(await screen.findByText('Gathering your data: 1 of 3 documents read.')).toBeTruthy();
    const progress = screen.getByRole('progressbar', { name: 'Progress gathering your data' });
    expect(progress.getAttribute('value')).toBe('1');
    expect(progress.getAttribute('max')).toBe('3');

    const link = await screen.findByRole('link', { name: 'Download my data' }, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe('/api/account/data-export/download');
    expect(screen.getByRole('status').textContent).toContain('Your copy is ready (5 KB).');
    expect(screen.getByRole('button', { name: 'Make a new copy' })).toBeTruthy();
  });

  it('says plainly when it could not be made, and lets the person try again', async () => {
    fakeApi({
      'GET /api/account/data-export': {
        status: 200,
        body: { export: { ...working, state: 'failed', failure: 'Something went wrong while gathering your data.' } },
      },
    });
    renderSection();
    expect(await screen.findByText('Something went wrong while gathering your data.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Make a new copy' })).toBeTruthy();
  });
});
