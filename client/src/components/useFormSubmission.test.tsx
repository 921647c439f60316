import { signInBody } from '@roundtable/shared';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { useFormSubmission } from './useFormSubmission.ts';

const valid = { email: ' Sam@Example.org ', password: 'secret' };

const onAttempt = vi.fn();

function useSignIn(values: unknown, send: (data: unknown) => unknown, extra: { canSubmit?: () => boolean } = {}) {
  const form = useFormSubmission({ schema: signInBody, values: () => values, send, onAttempt, ...extra });
  return { form, onAttempt };
}

/** A form whose password is always missing. */
function SignIn() {
  const [email, setEmail] = useState('');
  const form = useFormSubmission({ schema: signInBody, values: () => ({ email, password: '' }), send: () => {} });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.errors} fieldIds={{ email: 'email', password: 'password' }} />
      <input id="email" aria-label="Email" value={email} onChange={(event) => setEmail(event.target.value)} />
      <button type="submit">Sign in</button>
    </form>
  );
}

describe('useFormSubmission', () => {
  beforeEach(() => onAttempt.mockClear());

  it('sends the values as the shared schema reads them, and leaves failures to whatever sends', () => {
    const send = vi.fn();
    const { result } = renderHook(() => useSignIn(valid, send));
    const event = { preventDefault: vi.fn() };
    act(() => result.current.form.onSubmit(event as never));
    expect(event.preventDefault).toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith({ email: 'sam@example.org', password: 'secret' });
    expect(result.current.form.sending).toBe(false);
    expect(result.current.form.errors.focusKey).toBe(0);

    act(() => result.current.form.showError(new ApiRequestError(401, 'not-signed-in', 'Wrong email or password.')));
    expect(result.current.form.errors.message).toBe('Wrong email or password.');
    expect(result.current.form.errors.focusKey).toBe(1);
  });

  it('lists what is wrong, field by field, without sending, and again on every attempt', () => {
    const send = vi.fn();
    const { result } = renderHook(() => useSignIn({ email: 'not an email', password: '' }, send));
    act(() => result.current.form.submit());
    expect(send).not.toHaveBeenCalled();
    expect(result.current.onAttempt).toHaveBeenCalledTimes(1);
    expect(Object.keys(result.current.form.errors.fieldErrors).sort()).toEqual(['email', 'password']);
    expect(result.current.form.errors.fieldErrors.password).toBe('Enter your password.');
    expect(result.current.form.errors.focusKey).toBe(1);
    act(() => result.current.form.submit());
    expect(result.current.form.errors.focusKey).toBe(2);
  });

  it('does nothing at all while the form cannot be sent', () => {
    const send = vi.fn();
    const { result } = renderHook(() => useSignIn(valid, send, { canSubmit: () => false }));
    act(() => result.current.form.submit());
    expect(result.current.onAttempt).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
  });

  it('waits for a send that returns a promise: clears old errors, ignores a second attempt, shows why it failed', async () => {
    let fail: (error: unknown) => void = () => {};
    const send = vi.fn(
      () =>
        new Promise((_resolve, reject) => {
          fail = reject;
        }),
    );
    const { result, rerender } = renderHook(({ values }) => useSignIn(values, send), {
      initialProps: { values: { email: '', password: '' } as unknown },
    });
    act(() => result.current.form.submit());
    expect(result.current.form.errors.fieldErrors.email).toBeTruthy();

    rerender({ values: valid });
    act(() => result.current.form.submit());
    expect(result.current.form.sending).toBe(true);
    expect(result.current.form.errors.fieldErrors).toEqual({});
    act(() => result.current.form.submit());
    expect(send).toHaveBeenCalledTimes(1);

    await act(async () => fail(new ApiRequestError(400, 'invalid-request', 'Check the form.', { email: 'Taken.' })));
    expect(result.current.form.sending).toBe(false);
    expect(result.current.form.errors.fieldErrors).toEqual({ email: 'Taken.' });
    expect(result.current.form.errors.message).toBeNull();
  });

  it('moves focus to the list of problems on each failed attempt', () => {
    render(<SignIn />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement;
    expect(document.activeElement).toBe(summary);

    screen.getByLabelText('Email').focus();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(document.activeElement).toBe(summary);
  });
});
