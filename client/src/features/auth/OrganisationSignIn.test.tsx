import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { OrganisationSignIn } from './OrganisationSignIn.tsx';

function renderAt(path: string, returnTo?: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <OrganisationSignIn {...(returnTo === undefined ? {} : { returnTo })} />
        <p>Below</p>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const withCamden = {
  status: 200,
  body: { needsFirstAccount: false, passwordResetByEmail: false, organisationSignIn: { label: 'Camden Council' } },
};

describe('OrganisationSignIn', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows nothing where the organisation has not set it up', async () => {
    fakeApi({ 'GET /api/setup': { status: 200, body: { needsFirstAccount: false, passwordResetByEmail: false } } });
    renderAt('/sign-in');
    await screen.findByText('Below');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('starts signing in with the organisation, coming back to where the person was going', async () => {
    fakeApi({ 'GET /api/setup': withCamden });
    renderAt('/sign-in?next=%2Fprojects%2Fp1');
    const link = await screen.findByRole('link', { name: 'Sign in with Camden Council' });
    expect(link.getAttribute('href')).toBe('/api/auth/oidc/start?returnTo=%2Fprojects%2Fp1');
  });

  it('comes back to the invite it was started from', async () => {
    fakeApi({ 'GET /api/setup': withCamden });
    renderAt('/invite/abc', '/invite/abc');
    const link = await screen.findByRole('link', { name: 'Sign in with Camden Council' });
    expect(link.getAttribute('href')).toBe('/api/auth/oidc/start?returnTo=%2Finvite%2Fabc');
  });

  it('says in plain words why the last try did not sign the person in', async () => {
    fakeApi({ 'GET /api/setup': withCamden });
    renderAt('/sign-in?signInProblem=other-organisation');
    expect(await screen.findByText('You are not signed in')).toBeTruthy();
    expect(screen.getByText(/That account belongs to another organisation/)).toBeTruthy();
  });

  it('shows no words of its own for a problem it does not know', async () => {
    fakeApi({ 'GET /api/setup': withCamden });
    renderAt('/sign-in?signInProblem=Your+account+is+locked.+Call+0800');
    await screen.findByRole('link', { name: 'Sign in with Camden Council' });
    expect(screen.queryByText('You are not signed in')).toBeNull();
  });
});
