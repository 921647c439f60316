import { createProjectBody, Limits, type Perspective, perspectiveSchema } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { PerspectiveRadioGroup } from '../members/PerspectiveRadioGroup.tsx';

const fieldIds = { name: 'project-name', purpose: 'project-purpose', perspective: 'project-perspective' };

/**
 * Asked of everyone who starts a project, as of everyone who joins one: exports credit
 * people under it, so it is never assumed.
 */
const newProjectForm = createProjectBody.extend({ perspective: perspectiveSchema });

export function NewProjectForm() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [perspective, setPerspective] = useState<Perspective | null>(null);
  const form = useFormSubmission({
    schema: newProjectForm,
    values: () => ({ name, purpose, perspective: perspective ?? undefined }),
    send: (data): void => create.mutate(data),
  });
  const { errors } = form;

  const create = useMutation({
    mutationFn: roundtableApi.createProject,
    onSuccess: ({ project }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
      void navigate(`/projects/${project.id}`);
    },
    onError: form.showError,
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby="new-project-heading">
      <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={3} />
      <TextField
        id={fieldIds.name}
        label="Project name"
        hint="For example, Joint Older People's Strategy 2026."
        limit={Limits.projectNameMax}
        value={name}
        onChange={setName}
        error={errors.fieldErrors.name}
      />
      <TextField
        id={fieldIds.purpose}
        label="What is it for?"
        hint="One or two sentences: what you are writing together, and for whom."
        multiline
        optional
        limit={Limits.projectPurposeMax}
        value={purpose}
        onChange={setPurpose}
        error={errors.fieldErrors.purpose}
      />
      <PerspectiveRadioGroup
        id={fieldIds.perspective}
        value={perspective}
        onChange={setPerspective}
        error={errors.fieldErrors.perspective}
      />
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create project'}
      </button>
      <p className="muted small">You will be the project's lead. You can invite others straight away.</p>
    </form>
  );
}
