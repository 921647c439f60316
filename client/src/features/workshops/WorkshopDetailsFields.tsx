import { type DocumentSummary, WorkshopLimits } from '@roundtable/shared';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FieldErrors } from '../../components/validateForm.ts';

export interface WorkshopDetailsValues {
  title: string;
  documentId: string;
  date: string;
  time: string;
  place: string;
  meetingLink: string;
}

export const detailsFieldIds = {
  title: 'workshop-title',
  documentId: 'workshop-document',
  startsAt: 'workshop-date',
  time: 'workshop-time',
  place: 'workshop-place',
  meetingLink: 'workshop-link',
};

interface WorkshopDetailsFieldsProps {
  values: WorkshopDetailsValues;
  onChange: (change: Partial<WorkshopDetailsValues>) => void;
  documents: readonly DocumentSummary[];
  errors: FieldErrors;
}

/** What, on which document, when and where: the details of a workshop's plan. */
export function WorkshopDetailsFields({ values, onChange, documents, errors }: WorkshopDetailsFieldsProps) {
  const documentOptions = documents
    .filter((document) => document.archivedAt === null || document.id === values.documentId)
    .map((document) => ({ id: document.id, label: document.title }));
  return (
    <>
      <TextField
        id={detailsFieldIds.title}
        label="Title"
        hint="For example, Strategy day: housing and homes."
        limit={WorkshopLimits.titleMax}
        value={values.title}
        onChange={(title) => onChange({ title })}
        error={errors.title}
      />
      <SelectField
        id={detailsFieldIds.documentId}
        label="Document to work on"
        value={values.documentId}
        options={documentOptions}
        onChange={(documentId) => onChange({ documentId })}
        error={errors.documentId}
        wide
      />
      <fieldset className="workshop-when">
        <legend className="field__label">When it starts</legend>
        {errors.startsAt ? (
          <p className="field__error" id="workshop-when-error">
            <span className="visually-hidden">Error: </span>
            {errors.startsAt}
          </p>
        ) : null}
        <div className="workshop-when__fields">
          <div className="field">
            <label className="workshop-when__label" htmlFor={detailsFieldIds.startsAt}>
              Date
            </label>
            <input
              id={detailsFieldIds.startsAt}
              className={errors.startsAt ? 'input input--invalid' : 'input'}
              type="date"
              value={values.date}
              aria-invalid={errors.startsAt ? true : undefined}
              aria-describedby={errors.startsAt ? 'workshop-when-error' : undefined}
              onChange={(event) => onChange({ date: event.target.value })}
            />
          </div>
          <div className="field">
            <label className="workshop-when__label" htmlFor={detailsFieldIds.time}>
              Time
            </label>
            <input
              id={detailsFieldIds.time}
              className={errors.startsAt ? 'input input--invalid' : 'input'}
              type="time"
              value={values.time}
              aria-invalid={errors.startsAt ? true : undefined}
              aria-describedby={errors.startsAt ? 'workshop-when-error' : undefined}
              onChange={(event) => onChange({ time: event.target.value })}
            />
          </div>
        </div>
      </fieldset>
      <TextField
        id={detailsFieldIds.place}
        label="Place"
        hint="Where people meet in person, with anything that helps them find it. Leave it empty for an online-only workshop."
        optional
        limit={WorkshopLimits.placeMax}
        value={values.place}
        onChange={(place) => onChange({ place })}
        error={errors.place}
      />
      <TextField
        id={detailsFieldIds.meetingLink}
        label="Online meeting link"
        hint="The whole link people follow to join online, starting with https://."
        optional
        type="url"
        inputMode="url"
        spellCheck={false}
        value={values.meetingLink}
        onChange={(meetingLink) => onChange({ meetingLink })}
        error={errors.meetingLink}
      />
    </>
  );
}
