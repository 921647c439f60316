import type { Member, Membership, ProjectDetailResponse } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { ProjectSettingsPage } from '../projects/ProjectSettingsPage.tsx';

const ada: Member & Membership = {
  projectId: 'p1',
  userId: 'u-ada',
  role: 'member',
  perspective: 'lived-experience',
  creditAs: 'name',
  emailNotifications: false,
  joinedAt: '2026-01-01T00:00:00.000Z',
  displayName: 'Ada Lovelace',
};

const detail = (me: Member & Membership): { status: number; body: ProjectDetailResponse } => ({
  status: 200,
  body: {
    project: { id: 'p1', name: 'SEND strategy', purpose: '', createdAt: ada.joinedAt },
    me,
    members: [me],
    documents: [],
  },
});

function renderProject() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/projects/p1/settings']}>
        <Routes>
          <Route path="/projects/:projectId/settings" element={<ProjectSettingsPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

async function creditSection() {
  const heading = await screen.findByRole('heading', { name: 'How exports credit you' });
  return within(heading.closest('section') as HTMLElement);
}

describe('CreditAsForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the person’s own name in the choice, saves “a member of the group” and says what exports will do', async () => {
    const fetch = fakeApi({
      'GET /api/projects/p1': detail(ada),
      'PATCH /api/projects/p1/me': { status: 200, body: { membership: { ...ada, creditAs: 'anonymous' } } },
    });
    renderProject();
    const section = await creditSection();
    const byName = section.getByRole('radio', { name: 'Show my name' });
    expect((byName as HTMLInputElement).checked).toBe(true);
    expect(section.getByText('Exports list you as “Ada Lovelace”.')).toBeTruthy();

    fireEvent.click(section.getByRole('radio', { name: 'Credit me as “a member of the group”' }));
    fireEvent.click(section.getByRole('button', { name: 'Save how you are credited' }));

    await vi.waitFor(() =>
      expect(
        section.getByText('Saved. Exports will thank you as “a member of the group”, without your name.'),
      ).toBeTruthy(),
    );
    const patch = fetch.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ creditAs: 'anonymous' });
  });

  it('shows the server’s message when saving fails, and keeps the choice', async () => {
    fakeApi({
      'GET /api/projects/p1': detail(ada),
      'PATCH /api/projects/p1/me': {
        status: 404,
        body: { error: { code: 'not-found', message: 'You are no longer a member of this project.' } },
      },
    });
    renderProject();
    const section = await creditSection();
    const anonymous = section.getByRole('radio', { name: 'Credit me as “a member of the group”' });
    fireEvent.click(anonymous);
    fireEvent.click(section.getByRole('button', { name: 'Save how you are credited' }));

    const summary = await section.findByRole('heading', { name: 'There is a problem' });
    expect(summary.parentElement?.textContent).toContain('You are no longer a member of this project.');
    expect((anonymous as HTMLInputElement).checked).toBe(true);
    expect(section.queryByText(/^Saved\./)).toBeNull();
  });
});
