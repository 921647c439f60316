import type { Membership, Perspective } from '@roundtable/shared';
import { perspectiveLabels, type UpdateMyMembershipBody, updateMyMembershipBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveNotice } from '../../components/LiveNotice.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { PerspectiveRadioGroup } from './PerspectiveRadioGroup.tsx';

const fieldIds = { perspective: 'your-perspective' };

export function YourPerspectiveForm({ projectId, me }: { projectId: string; me: Membership }) {
  const queryClient = useQueryClient();
  const [perspective, setPerspective] = useState<Perspective>(me.perspective);
  const [saved, setSaved] = useState('');
  const form = useFormSubmission({
    schema: updateMyMembershipBody,
    values: () => ({ perspective }),
    onAttempt: () => setSaved(''),
    send: (data): void => save.mutate(data),
  });
  const { errors } = form;

  const save = useMutation({
    mutationFn: (body: UpdateMyMembershipBody) => roundtableApi.updateMyMembership(projectId, body),
    onSuccess: ({ membership }) => {
      setSaved(`Saved. Others now see “${perspectiveLabels[membership.perspective]}” next to your name.`);
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) });
    },
    onError: form.showError,
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={3} />
      <PerspectiveRadioGroup
        id={fieldIds.perspective}
        label="How you describe your perspective"
        value={perspective}
        onChange={(next) => {
          setPerspective(next);
          setSaved('');
        }}
        error={errors.fieldErrors.perspective}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save perspective'}
        </button>
      </div>
      <LiveNotice message={saved ? { text: saved, tone: 'success' } : null} />
    </form>
  );
}
