import { type DocumentVersion, type ExportFormat, exportFilename, exportFormatLabels } from '@roundtable/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import { useVersionsQuery } from '../../api/useVersionsQuery.ts';
import { CheckboxField } from '../../components/CheckboxField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { RadioCardGroup } from '../../components/RadioCardGroup.tsx';
import { SelectField, type SelectOption } from '../../components/SelectField.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';
import { ExportProgress } from './ExportProgress.tsx';
import { exportFormatOptions } from './exportFormatOptions.ts';
import { useExportDownload } from './useExportDownload.ts';

const CURRENT = 'current';
const fieldIds = { format: 'export-format', version: 'export-version', changesSince: 'export-changes-since' };

interface ExportFormProps {
  projectId: string;
  documentId: string;
  title: string;
  /** 'current', or the id of the version to offer first. */
  initialVersion: string;
  onCancel: () => void;
  onExported: (filename: string) => void;
}

const optionFor = (version: DocumentVersion): SelectOption => ({
  id: version.id,
  label: `${version.name} (${formatDateTime(version.createdAt)})`,
});

/**
 * The choices for an export (format, which text, what to add at the end) and the export
 * itself, followed in place until the file is saved.
 */
export function ExportForm({ projectId, documentId, title, initialVersion, onCancel, onExported }: ExportFormProps) {
  const versions = useVersionsQuery(projectId, documentId).data?.versions ?? [];
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [version, setVersion] = useState(initialVersion);
  const [withChanges, setWithChanges] = useState(false);
  const [changesSince, setChangesSince] = useState<string | null>(null);
  const [withComments, setWithComments] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const download = useExportDownload(projectId, documentId);
  const { announce } = useAnnouncer();
  // Where focus goes when the control that had it (Stop, Try again) goes away.
  const exportButton = useRef<HTMLButtonElement>(null);

  const chosen = versions.find((candidate) => candidate.id === version);
  // A summary of changes can only look back from the text being exported.
  const earlier = versions.filter(
    (candidate) => candidate.id !== version && (!chosen || candidate.upToUpdateId <= chosen.upToUpdateId),
  );
  const since = earlier.find((candidate) => candidate.id === changesSince) ?? earlier[0];
  const { state } = download;
  const busy = state.phase === 'preparing' || state.phase === 'receiving';
  const error = state.phase === 'failed' ? state.error : null;

  const run = async () => {
    if (busy) return;
    setAttempts((count) => count + 1);
    announce(`Exporting “${title}” as ${exportFormatLabels[format]}. A long document can take a minute.`);
    const filename = await download.start(
      { format, version, changesSince: withChanges ? since?.id : undefined, comments: withComments },
      exportFilename(title, chosen?.name ?? 'Current text', format),
    );
    if (filename) onExported(filename);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };

  return (
    <form className="export-form" onSubmit={submit} noValidate>
      <ErrorSummary
        message={error?.message}
        fieldErrors={error?.fields}
        fieldIds={fieldIds}
        focusKey={attempts}
        headingLevel={3}
      />
      {error && Object.keys(error.fields).length === 0 ? (
        <p className="export-form__retry">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              exportButton.current?.focus();
              void run();
            }}
          >
            Try again
          </button>
        </p>
      ) : null}
      <RadioCardGroup
        id={fieldIds.format}
        label="Format"
        options={exportFormatOptions}
        value={format}
        onChange={setFormat}
        error={error?.fields.format}
        layout="grid"
      />
      <div className="field">
        <SelectField
          wide
          id={fieldIds.version}
          label="Which text"
          value={version}
          options={[{ id: CURRENT, label: 'The text as it is now' }, ...versions.map(optionFor)]}
          onChange={setVersion}
          error={error?.fields.version}
        />
      </div>
      <fieldset className="field export-form__extras">
        <legend className="field__label">Add at the end (optional)</legend>
        {earlier.length > 0 ? (
          <>
            <CheckboxField
              label="A summary of changes since an earlier version"
              description="Words added and removed since then, section by section and person by person."
              isSelected={withChanges}
              onChange={setWithChanges}
            />
            {withChanges && since ? (
              <div className="export-form__since">
                <SelectField
                  wide
                  id={fieldIds.changesSince}
                  label="Changes since"
                  value={since.id}
                  options={earlier.map(optionFor)}
                  onChange={setChangesSince}
                  error={error?.fields.changesSince}
                />
              </div>
            ) : null}
          </>
        ) : (
          <p className="field__hint">
            A summary of changes needs a version saved before this text. Name one in the History panel to add one.
          </p>
        )}
        <CheckboxField
          label="The comment threads"
          description="Every thread with its words, its comments and how it ended, names as each person chose."
          isSelected={withComments}
          onChange={setWithComments}
        />
      </fieldset>
      {busy ? (
        <ExportProgress
          received={state.phase === 'receiving' ? state.received : null}
          total={state.phase === 'receiving' ? state.total : null}
          onStop={() => {
            download.stop();
            exportButton.current?.focus();
            announce('Export stopped.');
          }}
        />
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" aria-disabled={busy} ref={exportButton}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </form>
  );
}
