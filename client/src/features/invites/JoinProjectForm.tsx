import { acceptInviteBody, type Perspective } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiRequestError } from '../../api/ApiRequestError.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { PerspectiveRadioGroup } from '../members/PerspectiveRadioGroup.tsx';

const fieldIds = { perspective: 'join-perspective' };

/**
 * Where someone who has just joined starts: straight into the document when the
 * project has only one being written, otherwise the project's page with its list.
 */
async function placeToStart(projectId: string): Promise<string> {
  const projectPage = `/projects/${encodeURIComponent(projectId)}`;
  try {
    const { documents } = await roundtableApi.project(projectId);
    const open = documents.filter((document) => document.archivedAt === null);
    const only = open.length === 1 ? open[0] : undefined;
    return only ? `${projectPage}/documents/${encodeURIComponent(only.id)}` : projectPage;
  } catch {
    // Joined all the same: the project page loads the list, or says what went wrong.
    return projectPage;
  }
}

export function JoinProjectForm({ token, projectName }: { token: string; projectName: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [perspective, setPerspective] = useState<Perspective | null>(null);
  const form = useFormSubmission({
    schema: acceptInviteBody,
    values: () => ({ perspective: perspective ?? undefined }),
    send: (data): void => accept.mutate(data),
  });
  const { errors } = form;

  const accept = useMutation({
    mutationFn: async (body: { perspective: Perspective }) => {
      const { projectId } = await roundtableApi.acceptInvite(token, body);
      return { projectId, destination: await placeToStart(projectId) };
    },
    onSuccess: ({ destination }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
      void navigate(destination, { replace: true });
    },
    onError: form.showError,
  });

  const alreadyMember = isApiRequestError(accept.error) && accept.error.code === 'conflict';

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
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
