import type { WorkshopAccessNeedsResponse } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { WorkshopAccessNeedsPanel } from './WorkshopAccessNeedsPanel.tsx';

const PATH = 'GET /api/projects/p1/workshops/w1/access-needs';

function renderPanel() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <WorkshopAccessNeedsPanel projectId="p1" workshopId="w1" />
    </QueryClientProvider>,
  );
  return within(screen.getByRole('region', { name: 'What helps people take part' }));
}

describe('WorkshopAccessNeedsPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows counts, and names with people’s own words only for those who agreed, as text', async () => {
    const summary: WorkshopAccessNeedsResponse = {
      memberCount: 5,
      toldCount: 2,
      counts: [
        { need: 'large-print', people: 2 },
        { need: 'interpreter', people: 1 },
      ],
      unnamedOtherCount: 1,
      named: [{ displayName: 'Sam', needs: ['large-print'], otherNeeds: '<img src=x onerror=alert(1)>' }],
    };
    fakeApi({ [PATH]: { status: 200, body: summary } });
    const panel = renderPanel();
    expect(await panel.findByText('2 of the 5 people in this project have told us what helps them.')).toBeTruthy();
    const counts = panel.getAllByRole('list')[0];
    expect(
      within(counts as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['2 people: large print', '1 person: an interpreter']);
    expect(panel.getByText(/1 person also wrote what helps them in their own words/)).toBeTruthy();
    const named = panel.getAllByRole('listitem').at(-1);
    expect(named?.textContent).toBe('Sam: Large printIn their words: “<img src=x onerror=alert(1)>”');
    expect(document.querySelector('img')).toBeNull();
  });

  it('says so when nobody has told us anything', async () => {
    fakeApi({
      [PATH]: { status: 200, body: { memberCount: 3, toldCount: 0, counts: [], unnamedOtherCount: 0, named: [] } },
    });
    const panel = renderPanel();
    expect(await panel.findByText(/Nobody in this project has told Roundtable what helps them yet/)).toBeTruthy();
  });
});
