import { addTimeEntryBody, TIME_ENTRY_DESCRIPTION_MAX, type TimeStatementResponse } from '@roundtable/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import { CountField } from '../../components/CountField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { timeGivenApi, timeGivenKeys } from './timeGivenApi.ts';

const DAY_FIELD = 'time-entry-day';
const HOURS_FIELD = 'time-entry-hours';
const MINUTES_FIELD = 'time-entry-minutes';
const WHAT_FIELD = 'time-entry-what';

/** Today as YYYY-MM-DD on this device's calendar. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** An empty box counts as none; anything else must be a whole number. */
const wholeNumber = (text: string) => (text.trim() === '' ? 0 : /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

/** Time a person spent on the project between meetings, added by them and shown apart from recorded attendance. */
export function AddTimeForm({ projectId }: { projectId: string }) {
  const queryClient = useQueryClient();
  const { announce } = useAnnouncer();
  const [day, setDay] = useState(today);
  const [hours, setHours] = useState('');
  const [minutes, setMinutes] = useState('');
  const [what, setWhat] = useState('');
  const form = useFormSubmission({
    schema: addTimeEntryBody,
    values: () => ({ workedOn: day, minutes: wholeNumber(hours) * 60 + wholeNumber(minutes), description: what }),
    send: async (body) => {
      const statement = await timeGivenApi.addEntry(projectId, body);
      queryClient.setQueryData<TimeStatementResponse>(timeGivenKeys.mine(projectId), statement);
      void queryClient.invalidateQueries({ queryKey: timeGivenKeys.group(projectId) });
      setHours('');
      setMinutes('');
      setWhat('');
      announce('Your time is added.');
    },
  });
  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby="add-time-heading">
      <h2 id="add-time-heading">Add time you gave between meetings</h2>
      <p>
        Reading drafts, talking to neighbours, travelling to a meeting: add it here. It is shown apart from the time
        recorded at workshops.
      </p>
      <ErrorSummary
        {...form.errors}
        fieldIds={{ workedOn: DAY_FIELD, minutes: HOURS_FIELD, description: WHAT_FIELD }}
        headingLevel={3}
      />
      <TextField
        id={DAY_FIELD}
        label="The day"
        type="date"
        value={day}
        onChange={setDay}
        error={form.errors.fieldErrors.workedOn}
      />
      <div className="time-entry__duration">
        <CountField
          id={HOURS_FIELD}
          label="Hours"
          hint="Whole hours."
          value={hours}
          onChange={setHours}
          error={form.errors.fieldErrors.minutes}
        />
        <CountField id={MINUTES_FIELD} label="Minutes" hint="And minutes." value={minutes} onChange={setMinutes} />
      </div>
      <TextField
        id={WHAT_FIELD}
        label="What you did"
        hint="A few words, for example “Read the draft and sent comments”."
        limit={TIME_ENTRY_DESCRIPTION_MAX}
        value={what}
        onChange={setWhat}
        error={form.errors.fieldErrors.description}
        multiline
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.sending}>
          {form.sending ? 'Adding…' : 'Add this time'}
        </button>
      </div>
    </form>
  );
}
