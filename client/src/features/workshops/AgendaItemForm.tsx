import { agendaItemBody, type DocumentSection, type NewAgendaItem, WorkshopLimits } from '@roundtable/shared';
import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { MinutesField } from './MinutesField.tsx';

const NO_SECTION = 'none';

interface AgendaItemFormProps {
  /** Makes the fields' ids unique on the page. */
  idPrefix: string;
  initial?: { title: string; durationMinutes: number; sectionId: string | null };
  sections: readonly DocumentSection[];
  /** Shown in the section picker when the item's section is no longer in the document. */
  missingSectionId?: string | null;
  submitLabel: string;
  /** Saves the item; what it rejects with is shown at the top of the form. */
  onSave: (item: NewAgendaItem) => Promise<void>;
  /** Cleared after a new item is added, ready for the next. */
  clearAfterSave?: boolean;
  onCancel?: () => void;
}

/** The title, minutes and (optionally) section of an agenda item. */
export function AgendaItemForm({
  idPrefix,
  initial,
  sections,
  missingSectionId,
  submitLabel,
  onSave,
  clearAfterSave = false,
  onCancel,
}: AgendaItemFormProps) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [minutes, setMinutes] = useState(initial ? String(initial.durationMinutes) : '');
  const [sectionId, setSectionId] = useState(initial?.sectionId ?? NO_SECTION);
  const fieldIds = {
    title: `${idPrefix}-title`,
    durationMinutes: `${idPrefix}-minutes`,
    sectionId: `${idPrefix}-section`,
  };
  const form = useFormSubmission({
    schema: agendaItemBody,
    values: () => ({
      title,
      durationMinutes: minutes.trim() === '' ? Number.NaN : Number(minutes.trim()),
      sectionId: sectionId === NO_SECTION ? null : sectionId,
    }),
    send: async (item: NewAgendaItem) => {
      await onSave(item);
      if (clearAfterSave) {
        setTitle('');
        setMinutes('');
        setSectionId(NO_SECTION);
        document.getElementById(fieldIds.title)?.focus();
      }
    },
  });
  const { errors } = form;
  const options = [
    { id: NO_SECTION, label: 'No particular section' },
    ...(missingSectionId && !sections.some((section) => section.sectionId === missingSectionId)
      ? [{ id: missingSectionId, label: 'Section no longer in the document' }]
      : []),
    ...sections.map((section) => ({
      id: section.sectionId,
      label: section.title,
    })),
  ];

  return (
    <form className="form agenda-item-form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={3} />
      <TextField
        id={fieldIds.title}
        label="What happens"
        hint="For example, Welcome and introductions."
        limit={WorkshopLimits.agendaItemTitleMax}
        value={title}
        onChange={setTitle}
        error={errors.fieldErrors.title}
      />
      <MinutesField
        id={fieldIds.durationMinutes}
        value={minutes}
        onChange={setMinutes}
        error={errors.fieldErrors.durationMinutes}
      />
      <SelectField
        id={fieldIds.sectionId}
        label="Section of the document (optional)"
        value={sectionId}
        options={options}
        onChange={setSectionId}
        error={errors.fieldErrors.sectionId}
        wide
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.sending}>
          {form.sending ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
