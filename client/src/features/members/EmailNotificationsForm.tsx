import { type Membership, type UpdateMyMembershipBody, updateMyMembershipBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveNotice } from '../../components/LiveNotice.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';

export const EMAIL_CHOICE_LABEL = 'Email me when someone mentions me or replies to me';
const EMAIL_NOTE =
  'Emails are only sent if your organisation has set up email for Roundtable. Your inbox in Roundtable always lists them.';

/** Whether this person wants an email when they are mentioned or replied to in this project. */
export function EmailNotificationsForm({ projectId, me }: { projectId: string; me: Membership }) {
  const queryClient = useQueryClient();
  const [wanted, setWanted] = useState(me.emailNotifications ?? false);
  const [saved, setSaved] = useState('');
  const form = useFormSubmission({
    schema: updateMyMembershipBody,
    values: () => ({ emailNotifications: wanted }),
    onAttempt: () => setSaved(''),
    send: (data): void => save.mutate(data),
  });
  const { errors } = form;

  const save = useMutation({
    mutationFn: (body: UpdateMyMembershipBody) => roundtableApi.updateMyMembership(projectId, body),
    onSuccess: ({ membership }) => {
      setSaved(
        membership.emailNotifications
          ? 'Saved. You will be emailed about mentions and replies.'
          : 'Saved. You will not be emailed about mentions and replies.',
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) });
    },
    onError: form.showError,
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...errors} headingLevel={3} />
      <CheckboxField
        label={EMAIL_CHOICE_LABEL}
        description={EMAIL_NOTE}
        isSelected={wanted}
        onChange={(next) => {
          setWanted(next);
          setSaved('');
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save email choice'}
        </button>
      </div>
      <LiveNotice message={saved ? { text: saved, tone: 'success' } : null} />
    </form>
  );
}
