import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../api/queryKeys.ts';
import { fakeApi } from '../../testing/fakeApi.ts';
import { InvitePage } from './InvitePage.tsx';

function renderInvite(token: string): QueryClient {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[`/invite/${token}`]}>
        <Routes>
          <Route path="/invite/:token" element={<InvitePage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return queryClient;
}

/** Lets pending requests finish and the frame after them run. */
async function nextFrame(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

const notSignedIn = { status: 401, body: { error: { code: 'not-signed-in', message: 'Please sign in.' } } };
const invite = {
  status: 200,
  body: { projectName: 'SEND strategy', invitedBy: 'Ada', role: 'member', expiresAt: '2030-01-15T12:00:00.000Z' },
};
const sam = { id: 'u-sam', displayName: 'Sam', email: 'sam@example.org' };

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

  it('leaves focus alone for someone who arrives signed in, even when the invite loads first', async () => {
    let answerMe: (route: { status: number; body: unknown }) => void = () => {};
    fakeApi({
      'GET /api/me': new Promise((resolve) => {
        answerMe = resolve;
      }),
      'GET /api/invites/abc': invite,
    });
    renderInvite('abc');
    await nextFrame();
    await act(async () => answerMe({ status: 200, body: { user: sam } }));
    const heading = await screen.findByRole('heading', { name: 'One last step' });
    await nextFrame();
    await nextFrame();
    expect(document.activeElement).not.toBe(heading);
  });

  it('takes focus on to the last step once the person has signed in with the form', async () => {
    fakeApi({ 'GET /api/me': notSignedIn, 'GET /api/invites/abc': invite });
    const queryClient = renderInvite('abc');
    expect(await screen.findByRole('heading', { name: 'Create your account' })).toBeTruthy();

    // What the sign-in and sign-up forms do on success.
    await act(async () => queryClient.setQueryData(queryKeys.me, sam));
    const heading = await screen.findByRole('heading', { name: 'One last step' });
    await nextFrame();
    expect(document.activeElement).toBe(heading);
  });
});
