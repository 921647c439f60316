import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { InvitePage } from './InvitePage.tsx';

function renderInvite(token: string) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[`/invite/${token}`]}>
        <Routes>
          <Route path="/invite/:token" element={<InvitePage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const notSignedIn = { status: 401, body: { error: { code: 'not-signed-in', message: 'Please sign in.' } } };

describe('InvitePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says why an invite link no longer works, in the server’s words', async () => {
    const used = 'This invite link has already been used. Ask the project lead for a new one.';
    fakeApi({
      'GET /api/me': notSignedIn,
      'GET /api/invites/abc': { status: 404, body: { error: { code: 'not-found', message: used } } },
    });
    renderInvite('abc');
    expect(await screen.findByRole('heading', { name: 'This invite link does not work' })).toBeTruthy();
    expect(screen.getByText(used)).toBeTruthy();
  });

  it('tells the invited person the link is for them alone', async () => {
    fakeApi({
      'GET /api/me': notSignedIn,
      'GET /api/invites/abc': {
        status: 200,
        body: { projectName: 'SEND strategy', invitedBy: 'Ada', role: 'member', expiresAt: '2030-01-15T12:00:00.000Z' },
      },
    });
    renderInvite('abc');
    expect(await screen.findByRole('heading', { name: 'Ada invited you to join SEND strategy' })).toBeTruthy();
    expect(screen.getByText(/This link lets one person join/)).toBeTruthy();
  });
});
