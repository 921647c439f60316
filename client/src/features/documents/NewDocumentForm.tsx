import {
  createDocumentBody,
  Limits,
  type TemplateId,
  templateDescriptions,
  templateIds,
  templateLabels,
} from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { RadioCardGroup } from '../../components/RadioCardGroup.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';

const fieldIds = { title: 'new-document-title', template: 'new-document-template' };
const templateOptions = templateIds.map((id) => ({
  value: id,
  label: templateLabels[id],
  description: templateDescriptions[id],
}));

export function NewDocumentForm({ projectId }: { projectId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('blank');
  const form = useFormSubmission({
    schema: createDocumentBody,
    values: () => ({ title, template }),
    send: (data): void => create.mutate(data),
  });
  const { errors } = form;

  const create = useMutation({
    mutationFn: (body: { title: string; template: TemplateId }) => roundtableApi.createDocument(projectId, body),
    onSuccess: ({ document }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
      void navigate(`/projects/${projectId}/documents/${document.id}`);
    },
    onError: form.showError,
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={3} />
      <TextField
        id={fieldIds.title}
        label="Title"
        hint="For example, Draft strategy for consultation."
        limit={Limits.documentTitleMax}
        value={title}
        onChange={setTitle}
        error={errors.fieldErrors.title}
      />
      <RadioCardGroup
        id={fieldIds.template}
        label="Start from"
        options={templateOptions}
        value={template}
        onChange={setTemplate}
        error={errors.fieldErrors.template}
      />
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create document'}
      </button>
    </form>
  );
}
