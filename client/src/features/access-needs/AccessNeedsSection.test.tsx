import type { AccessNeedsResponse } from '@roundtable/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { CONSENT_LABEL, SHOW_NAME_LABEL } from './AccessNeedsForm.tsx';
import { AccessNeedsSection } from './AccessNeedsSection.tsx';

const PATH = '/api/account/access-needs';
const saved: AccessNeedsResponse = {
  accessNeeds: {
    needs: ['large-print', 'breaks'],
    otherNeeds: 'A seat near the door',
    showName: true,
    consentedAt: '2026-03-02T09:00:00.000Z',
  },
};

function renderSection() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <AccessNeedsSection />
    </QueryClientProvider>,
  );
}

const sentBodies = (fetch: ReturnType<typeof fakeApi>, method: string) =>
  fetch.mock.calls.filter(([, init]) => init?.method === method).map(([, init]) => JSON.parse(String(init?.body)));

describe('AccessNeedsSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says who sees it, keeps nothing without consent, then saves what was ticked and written', async () => {
    const fetch = fakeApi({
      [`GET ${PATH}`]: { status: 200, body: { accessNeeds: null } },
      [`PUT ${PATH}`]: { status: 200, body: saved },
    });
    renderSection();
    const section = within(await screen.findByRole('region', { name: 'What helps you take part' }));
    expect(section.getByText(/only the leads and facilitators of your projects/)).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Delete what I told you' })).toBeNull();

    fireEvent.click(await section.findByRole('checkbox', { name: 'Large print' }));
    fireEvent.click(section.getByRole('checkbox', { name: 'Regular breaks' }));
    fireEvent.change(section.getByLabelText(/Anything else that helps/), { target: { value: 'A seat near the door' } });
    fireEvent.click(section.getByRole('checkbox', { name: SHOW_NAME_LABEL }));
    fireEvent.click(section.getByRole('button', { name: 'Save' }));

    const summary = await section.findByRole('heading', { name: 'There is a problem' });
    expect(summary.parentElement?.textContent).toContain('Tick the box to say Roundtable may keep this');
    expect(sentBodies(fetch, 'PUT')).toEqual([]);

    fireEvent.click(section.getByRole('checkbox', { name: CONSENT_LABEL }));
    fireEvent.click(section.getByRole('button', { name: 'Save' }));
    expect(
      await section.findByText('Saved. Leads and facilitators can see your name with what helps you.'),
    ).toBeTruthy();
    expect(sentBodies(fetch, 'PUT')).toEqual([
      { needs: ['large-print', 'breaks'], otherNeeds: 'A seat near the door', consent: true, showName: true },
    ]);
    expect(section.queryByRole('heading', { name: 'There is a problem' })).toBeNull();
    expect(section.getByRole('button', { name: 'Delete what I told you' })).toBeTruthy();
  });

  it('shows the server’s message beside the field when it refuses', async () => {
    fakeApi({
      [`GET ${PATH}`]: { status: 200, body: { accessNeeds: null } },
      [`PUT ${PATH}`]: {
        status: 400,
        body: {
          error: {
            code: 'invalid-request',
            message: 'Anything else that helps can be at most 500 characters.',
            fields: { otherNeeds: 'Anything else that helps can be at most 500 characters.' },
          },
        },
      },
    });
    renderSection();
    const section = within(await screen.findByRole('region', { name: 'What helps you take part' }));
    fireEvent.click(await section.findByRole('checkbox', { name: 'Step-free access' }));
    fireEvent.click(section.getByRole('checkbox', { name: CONSENT_LABEL }));
    fireEvent.click(section.getByRole('button', { name: 'Save' }));
    const field = section.getByLabelText(/Anything else that helps/);
    await vi.waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(section.queryByText(/^Saved\./)).toBeNull();
  });

  it('deletes what was told, after asking, and starts again empty', async () => {
    const fetch = fakeApi({ [`GET ${PATH}`]: { status: 200, body: saved }, [`DELETE ${PATH}`]: { status: 204 } });
    renderSection();
    const section = within(await screen.findByRole('region', { name: 'What helps you take part' }));
    expect(((await section.findByRole('checkbox', { name: 'Large print' })) as HTMLInputElement).checked).toBe(true);
    expect((section.getByLabelText(/Anything else that helps/) as HTMLTextAreaElement).value).toBe(
      'A seat near the door',
    );
    expect(section.getByText('You last agreed to us keeping this on 2 March 2026.')).toBeTruthy();

    fireEvent.click(section.getByRole('button', { name: 'Delete what I told you' }));
    const dialog = within(screen.getByRole('alertdialog'));
    expect(dialog.getByText(/leads and facilitators no longer see it/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Delete it' }));

    expect(
      await section.findByText('Deleted. Roundtable no longer keeps anything you told us about what helps you.'),
    ).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(true);
    expect((section.getByRole('checkbox', { name: 'Large print' }) as HTMLInputElement).checked).toBe(false);
    expect((section.getByRole('checkbox', { name: CONSENT_LABEL }) as HTMLInputElement).checked).toBe(false);
    expect(section.queryByRole('button', { name: 'Delete what I told you' })).toBeNull();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('access-needs-heading'));
  });

  it('asks before deleting when consent is taken back on a saved record', async () => {
    const fetch = fakeApi({ [`GET ${PATH}`]: { status: 200, body: saved } });
    renderSection();
    const section = within(await screen.findByRole('region', { name: 'What helps you take part' }));
    fireEvent.click(await section.findByRole('checkbox', { name: CONSENT_LABEL }));
    fireEvent.click(section.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alertdialog', { name: 'Delete what you told us?' })).toBeTruthy();
    expect(fetch.mock.calls.filter(([, init]) => init?.method === 'PUT')).toEqual([]);
  });
});
