import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../testing/fakeApi.ts';
import { DeleteAccountSection } from './DeleteAccountSection.tsx';

function renderSection(hasPassword: boolean) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/account']}>
        <Routes>
          <Route path="/account" element={<DeleteAccountSection hasPassword={hasPassword} />} />
          <Route path="/sign-in" element={<p>Signed out page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const refusal = (field: string, message: string) => ({
  status: 400,
  body: { error: { code: 'invalid-request', message, fields: { [field]: message } } },
});

describe('DeleteAccountSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks someone who signs in through their organisation to type the phrase, and says so beside the field when it is wrong', async () => {
    const fetch = fakeApi({
      'POST /api/account/delete': refusal('confirmation', 'Type “delete my account” to confirm.'),
    });
    renderSection(false);

    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    expect(screen.queryByLabelText('Your password')).toBeNull();
    const phrase = screen.getByLabelText('Type “delete my account” to confirm');
    fireEvent.change(phrase, { target: { value: 'delete it' } });
    fireEvent.submit(phrase);

    expect(await screen.findByText('Type “delete my account” to confirm.', { selector: '*:not(label)' })).toBeTruthy();
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({ confirmation: 'delete it' });
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });

  it('sends the password and leaves for the sign-in page once the account is gone', async () => {
    const fetch = fakeApi({ 'POST /api/account/delete': { status: 204 } });
    renderSection(true);

    fireEvent.click(screen.getByRole('button', { name: 'Delete my account' }));
    fireEvent.change(screen.getByLabelText(/Your password/), { target: { value: 'correct horse' } });
    const dialog = screen.getByRole('alertdialog');
    const confirm = [...dialog.querySelectorAll('button')].find((button) => button.textContent === 'Delete my account');
    if (!confirm) throw new Error('no confirm button');
    fireEvent.click(confirm);

    expect(await screen.findByText('Signed out page')).toBeTruthy();
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({ password: 'correct horse' });
  });
});
