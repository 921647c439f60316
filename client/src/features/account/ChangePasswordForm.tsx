import { changePasswordBody, Limits } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { accountApi, accountKeys } from './accountApi.ts';

const fieldIds = { currentPassword: 'current-password', newPassword: 'new-password' };

/** Current password, then a new one with the same rule as when the account was made. */
export function ChangePasswordForm() {
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const form = useFormSubmission({
    schema: changePasswordBody,
    values: () => ({ currentPassword, newPassword }),
    send: (data): void => change.mutate(data),
    onAttempt: () => setNotice(null),
  });

  const change = useMutation({
    mutationFn: accountApi.changePassword,
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setNotice({
        text: 'Your password is changed. You are still signed in here, and signed out on every other device.',
        tone: 'success',
      });
      void queryClient.invalidateQueries({ queryKey: accountKeys.account });
      void queryClient.invalidateQueries({ queryKey: accountKeys.notices });
    },
    onError: form.showError,
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby="change-password-heading">
      <ErrorSummary {...form.errors} fieldIds={fieldIds} headingLevel={3} />
      <TextField
        id={fieldIds.currentPassword}
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={form.errors.fieldErrors.currentPassword}
      />
      <TextField
        id={fieldIds.newPassword}
        label="New password"
        hint={`Use at least ${Limits.passwordMin} characters. A few words you can remember works well. Changing it signs you out on your other devices.`}
        type="password"
        autoComplete="new-password"
        value={newPassword}
        onChange={setNewPassword}
        error={form.errors.fieldErrors.newPassword}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {change.isPending ? 'Changing your password…' : 'Change password'}
        </button>
      </div>
      <LiveNotice message={notice} />
    </form>
  );
}
