import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../../api/ApiRequestError.ts';
import { fakeApi } from '../../testing/fakeApi.ts';
import { DocumentProblem } from './DocumentProblem.tsx';

const notFound = new ApiRequestError(404, 'not-found', 'Not found.');

function renderProblem() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <DocumentProblem error={notFound} projectId="p1" onRetry={() => {}} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const project = {
  project: { id: 'p1', name: 'SEND strategy', purpose: '', createdAt: '2026-01-01T00:00:00.000Z' },
  me: { userId: 'u1', role: 'member', perspective: 'unsaid' },
  members: [],
  documents: [],
};

describe('DocumentProblem', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers only "Go to my projects" to someone who can no longer open the project', async () => {
    const fetch = fakeApi({
      'GET /api/projects/p1': { status: 404, body: { error: { code: 'not-found', message: 'Not found.' } } },
    });
    renderProblem();
    expect(screen.getByRole('heading', { name: 'This document could not be found' })).toBeTruthy();
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    // Lets the refused request settle, so a link that was going to appear would have.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.getByRole('link', { name: 'Go to my projects' }).getAttribute('href')).toBe('/');
    expect(screen.queryByRole('link', { name: 'Back to the project' })).toBeNull();
  });

  it('offers the project too when it still opens', async () => {
    fakeApi({ 'GET /api/projects/p1': { status: 200, body: project } });
    renderProblem();
    const back = await screen.findByRole('link', { name: 'Back to the project' });
    expect(back.getAttribute('href')).toBe('/projects/p1');
    expect(screen.getByRole('link', { name: 'Go to my projects' })).toBeTruthy();
  });
});
