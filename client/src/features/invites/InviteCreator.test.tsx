import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnouncerProvider } from '../../a11y/AnnouncerProvider.tsx';
import { fakeApi } from '../../testing/fakeApi.ts';
import { InviteCreator } from './InviteCreator.tsx';

describe('InviteCreator', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says each link lets one person join and stops working once used or after 14 days', async () => {
    fakeApi({
      'POST /api/projects/p1/invites': {
        status: 201,
        body: { invite: { token: 't1', projectId: 'p1', role: 'member', expiresAt: '2030-01-15T12:00:00.000Z' } },
      },
      'GET /api/projects/p1/invites': { status: 200, body: { invites: [] } },
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <AnnouncerProvider>
          <InviteCreator projectId="p1" />
        </AnnouncerProvider>
      </QueryClientProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create invite link' }));
    const link = await screen.findByRole('textbox', { name: /Invite link for a member/ });
    const hint = document.getElementById(link.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/lets one person join/);
    expect(hint?.textContent).toMatch(/stops working once it has been used, or after 14 days/);
    expect(hint?.textContent).not.toMatch(/Anyone with this link/);
  });
});
