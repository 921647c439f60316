import type { Membership, Perspective } from '@roundtable/shared';
import { perspectiveLabels, type UpdateMyMembershipBody, updateMyMembershipBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveNotice } from '../../components/LiveNotice.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { validateForm } from '../../components/validateForm.ts';
import { PerspectiveRadioGroup } from './PerspectiveRadioGroup.tsx';

const fieldIds = { perspective: 'your-perspective' };

export function YourPerspectiveForm({ projectId, me }: { projectId: string; me: Membership }) {
  const queryClient = useQueryClient();
  const [perspective, setPerspective] = useState<Perspective>(me.perspective);
  const [saved, setSaved] = useState('');
  const { errors, showFieldErrors, showError } = useFormErrors();

  const save = useMutation({
    mutationFn: (body: UpdateMyMembershipBody) => roundtableApi.updateMyMembership(projectId, body),
    onSuccess: ({ membership }) => {
      setSaved(`Saved. Others now see “${perspectiveLabels[membership.perspective]}” next to your name.`);
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) });
    },
    onError: showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const result = validateForm(updateMyMembershipBody, { perspective });
    if (!result.ok) return showFieldErrors(result.fieldErrors);
    save.mutate(result.data);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
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
