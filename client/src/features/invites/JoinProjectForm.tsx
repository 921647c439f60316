import { acceptInviteBody, type Perspective } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useFormErrors } from '../../components/useFormErrors.ts';
import { validateForm } from '../../components/validateForm.ts';
import { PerspectiveRadioGroup } from '../members/PerspectiveRadioGroup.tsx';

const fieldIds = { perspective: 'join-perspective' };

export function JoinProjectForm({ token, projectName }: { token: string; projectName: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [perspective, setPerspective] = useState<Perspective | null>(null);
  const { errors, showFieldErrors, showError } = useFormErrors();

  const accept = useMutation({
    mutationFn: (body: { perspective: Perspective }) => roundtableApi.acceptInvite(token, body),
    onSuccess: ({ projectId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
      void navigate(`/projects/${projectId}`, { replace: true });
    },
    onError: showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateForm(acceptInviteBody, { perspective: perspective ?? undefined });
    if (!result.ok) return showFieldErrors(result.fieldErrors);
    accept.mutate(result.data);
  };

  const alreadyMember = isApiRequestError(accept.error) && accept.error.code === 'conflict';

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary {...errors} fieldIds={fieldIds} />
      {alreadyMember ? (
        <p>
          <Link to="/">Go to my projects</Link>
        </p>
      ) : null}
      <PerspectiveRadioGroup
        id={fieldIds.perspective}
        value={perspective}
        onChange={setPerspective}
        error={errors.fieldErrors.perspective}
      />
      <button type="submit" className="button button--primary" disabled={accept.isPending}>
        {accept.isPending ? 'Joining…' : `Join ${projectName}`}
      </button>
    </form>
  );
}
