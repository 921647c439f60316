import {
  type CreditAs,
  creditAsChoices,
  creditAsLabels,
  type Membership,
  type UpdateMyMembershipBody,
  updateMyMembershipBody,
} from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveNotice } from '../../components/LiveNotice.tsx';
import { RadioCardGroup } from '../../components/RadioCardGroup.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';

const fieldIds = { creditAs: 'your-credit' };

export const CREDIT_EXPLANATION =
  'Every exported document ends by thanking everyone who wrote it. Your choice is followed in every export of this project’s documents, including earlier versions, and you can change it at any time.';

const savedMessages: Record<CreditAs, string> = {
  name: 'Saved. Exports will thank you by your name.',
  anonymous: 'Saved. Exports will thank you as “a member of the group”, without your name.',
};

interface CreditAsFormProps {
  projectId: string;
  me: Membership;
  /** Shown in the choice, so people see exactly what will be printed. */
  myName: string | null;
}

/** How exports of this project's documents credit the person: by name, or as "a member of the group". */
export function CreditAsForm({ projectId, me, myName }: CreditAsFormProps) {
  const queryClient = useQueryClient();
  const [creditAs, setCreditAs] = useState<CreditAs>(me.creditAs);
  const [saved, setSaved] = useState('');
  const form = useFormSubmission({
    schema: updateMyMembershipBody,
    values: () => ({ creditAs }),
    onAttempt: () => setSaved(''),
    send: (data): void => save.mutate(data),
  });
  const { errors } = form;

  const save = useMutation({
    mutationFn: (body: UpdateMyMembershipBody) => roundtableApi.updateMyMembership(projectId, body),
    onSuccess: ({ membership }) => {
      setSaved(savedMessages[membership.creditAs]);
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) });
    },
    onError: form.showError,
  });

  const options = creditAsChoices.map((choice) => ({
    value: choice,
    label: creditAsLabels[choice],
    description:
      choice === 'name'
        ? myName
          ? `Exports list you as “${myName}”.`
          : 'Exports list you by the name you signed up with.'
        : 'Your name is left out. You are counted among the members who preferred not to be named.',
  }));

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={3} />
      <RadioCardGroup
        id={fieldIds.creditAs}
        label="In exported documents, credit me"
        description={CREDIT_EXPLANATION}
        options={options}
        value={creditAs}
        onChange={(next) => {
          setCreditAs(next);
          setSaved('');
        }}
        error={errors.fieldErrors.creditAs}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save how you are credited'}
        </button>
      </div>
      <LiveNotice message={saved ? { text: saved, tone: 'success' } : null} />
    </form>
  );
}
