import { Limits, resetPasswordBody } from '@roundtable/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { accountApi } from './accountApi.ts';
import './account.css';

const fieldIds = { newPassword: 'reset-new-password' };

/**
 * Where a password reset link leads (/reset-password#token): the token stays after the
 * #, so it is never sent in an address. Checked first, so a used or expired link says so
 * before anyone types a password.
 */
export function ResetPasswordPage() {
  const token = useLocation().hash.replace(/^#/, '');
  const queryClient = useQueryClient();
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  useDocumentTitle(done ? 'Your new password is set' : 'Choose a new password');

  const check = useQuery({
    queryKey: ['password-reset', token],
    queryFn: () => accountApi.checkResetLink(token),
    enabled: token !== '',
    retry: (count, error) => !(isApiRequestError(error) && error.status >= 400 && error.status < 500) && count < 2,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const form = useFormSubmission({
    schema: resetPasswordBody,
    values: () => ({ token, newPassword }),
    send: (data): void => reset.mutate(data),
  });
  const reset = useMutation({
    mutationFn: accountApi.resetPassword,
    onSuccess: () => {
      setDone(true);
      // Whoever was signed in on this browser, if it was this person, is signed out now.
      void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
    onError: form.showError,
  });

  if (done) {
    return (
      <div className="page page--narrow">
        <h1>Your new password is set</h1>
        <div className="panel" role="status">
          <p className="lead">You have been signed out on every device. Sign in with your new password to carry on.</p>
          <Link to="/sign-in" className="button button--primary">
            Sign in
          </Link>
        </div>
      </div>
    );
  }
  if (token !== '' && check.isPending) return <LoadingState label="Checking your link" />;
  if (token === '' || check.isError) {
    const message =
      token === ''
        ? 'This link is not complete. Copy the whole link from the message you were sent.'
        : isApiRequestError(check.error)
          ? check.error.message
          : 'We could not check this link. Check your internet connection and try again.';
    return (
      <div className="page page--narrow">
        <h1>This link cannot be used</h1>
        <div className="panel">
          <p className="lead" role="alert">
            {message}
          </p>
          <p>
            An administrator of your Roundtable can make you a new link, or you can ask for one from the sign-in page.
          </p>
          <Link to="/sign-in" className="button button--secondary">
            Go to sign in
          </Link>
        </div>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <h1>Choose a new password</h1>
      <p className="lead">
        For {check.data?.displayName}. This link works once, until {formatDateTime(check.data?.expiresAt ?? '')}.
        Setting a new password signs you out on every device.
      </p>
      <div className="panel">
        <form className="form" onSubmit={form.onSubmit} noValidate>
          <ErrorSummary {...form.errors} fieldIds={fieldIds} />
          <TextField
            id={fieldIds.newPassword}
            label="New password"
            hint={`Use at least ${Limits.passwordMin} characters. A few words you can remember works well.`}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={setNewPassword}
            error={form.errors.fieldErrors.newPassword}
          />
          <button type="submit" className="button button--primary" disabled={reset.isPending}>
            {reset.isPending ? 'Setting your password…' : 'Set new password'}
          </button>
        </form>
      </div>
    </div>
  );
}
