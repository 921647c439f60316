import { createVersionBody, Limits } from '@roundtable/shared';
import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LiveNotice, type NoticeMessage } from '../../components/LiveNotice.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { useCreateVersion } from './useCreateVersion.ts';

const fieldIds = { name: 'version-name' };

/** Saves the document as it is now under a name anyone can find again ("Draft for workshop 2"). */
export function NameVersionForm({ projectId, documentId }: { projectId: string; documentId: string }) {
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const create = useCreateVersion(projectId, documentId);
  const form = useFormSubmission({
    schema: createVersionBody,
    values: () => ({ name }),
    canSubmit: () => !create.isPending,
    onAttempt: () => setNotice(null),
    send: (data): void =>
      create.mutate(data, {
        onSuccess: ({ version }) => {
          form.clearErrors();
          setName('');
          setNotice({ text: `Saved the version “${version.name}”.`, tone: 'success' });
        },
        onError: form.showError,
      }),
  });
  const { errors } = form;

  return (
    <form className="name-version" onSubmit={form.onSubmit} noValidate>
      <h3 className="history-panel__subtitle">Name this version</h3>
      <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={3} />
      <TextField
        id={fieldIds.name}
        label="Version name"
        hint="For example, “Draft for workshop 2”. Everyone can find it, read it and go back to it."
        limit={Limits.versionNameMax}
        value={name}
        onChange={setName}
        error={errors.fieldErrors.name}
      />
      <button type="submit" className="button button--primary" aria-disabled={create.isPending}>
        {create.isPending ? 'Saving…' : 'Save version'}
      </button>
      <LiveNotice message={notice} />
    </form>
  );
}
