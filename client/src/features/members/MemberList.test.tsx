import type { Member, Membership, ProjectDetailResponse } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnouncerProvider } from '../../a11y/AnnouncerProvider.tsx';
import { fakeApi } from '../../testing/fakeApi.ts';
import { ProjectPage } from '../projects/ProjectPage.tsx';

const joinedAt = '2026-01-01T00:00:00.000Z';
const person = (userId: string, displayName: string, role: Member['role'] = 'member'): Member & Membership => ({
  projectId: 'p1',
  userId,
  role,
  perspective: 'lived-experience',
  creditAs: 'name',
  emailNotifications: false,
  joinedAt,
  displayName,
});
const lena = person('u-lena', 'Lena Lead', 'lead');
const sam = person('u-sam', 'Sam Okafor');
const tom = person('u-tom', 'Tom Brown');

function detail(members: (Member & Membership)[]): { status: number; body: ProjectDetailResponse } {
  return {
    status: 200,
    body: {
      project: { id: 'p1', name: 'SEND strategy', purpose: '', createdAt: joinedAt },
      me: lena,
      members,
      documents: [],
    },
  };
}

function renderProject() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <AnnouncerProvider>
        <MemoryRouter initialEntries={['/projects/p1']}>
          <Routes>
            <Route path="/projects/:projectId" element={<ProjectPage />} />
          </Routes>
        </MemoryRouter>
      </AnnouncerProvider>
    </QueryClientProvider>,
  );
}

/** Lets pending requests finish and the frames after them run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  }
}

describe('MemberList', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('moves focus to the People heading once a removed member’s row has gone, and says so', async () => {
    const routes = {
      'GET /api/projects/p1': detail([lena, sam, tom]),
      'DELETE /api/projects/p1/members/u-tom': { status: 204 },
    };
    fakeApi(routes);
    renderProject();
    const removeTom = await screen.findByRole('button', { name: 'Remove Tom Brown' });
    fireEvent.click(removeTom);
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Tom Brown from this project?' });
    routes['GET /api/projects/p1'] = detail([lena, sam]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove from project' }));

    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Remove Tom Brown' })).toBeNull());
    await settle();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: /People/ }));
    expect(screen.getByText('Tom Brown has been removed from the project.')).toBeTruthy();
  });

  it('keeps focus on the role control after a role change, even while the change is being saved', async () => {
    let answer: (route: { status: number; body: unknown }) => void = () => {};
    const saved = new Promise<{ status: number; body: unknown }>((resolve) => {
      answer = resolve;
    });
    const routes = {
      'GET /api/projects/p1': detail([lena, sam, tom]),
      'PATCH /api/projects/p1/members/u-sam': saved,
    };
    fakeApi(routes);
    renderProject();
    const roleForSam = await screen.findByRole('button', { name: /Role for Sam Okafor/ });
    roleForSam.focus();
    fireEvent.keyDown(roleForSam, { key: 'ArrowDown' });
    fireEvent.keyUp(roleForSam, { key: 'ArrowDown' });
    const listbox = await screen.findByRole('listbox');
    const facilitator = within(listbox).getByRole('option', { name: 'Facilitator' });
    fireEvent.keyDown(facilitator, { key: 'Enter' });
    fireEvent.keyUp(facilitator, { key: 'Enter' });
    await settle();
    expect(document.activeElement).toBe(roleForSam);

    routes['GET /api/projects/p1'] = detail([lena, { ...sam, role: 'facilitator' }, tom]);
    answer({ status: 200, body: { membership: { ...sam, role: 'facilitator' } } });
    await vi.waitFor(() => expect(screen.getByText('Sam Okafor is now a facilitator.')).toBeTruthy());
    await settle();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Role for Sam Okafor/ }));
  });
});
