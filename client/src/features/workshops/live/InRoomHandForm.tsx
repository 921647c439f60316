import { inRoomHandBody, Limits } from '@roundtable/shared';
import { useState } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormSubmission } from '../../../components/useFormSubmission.ts';

const NAME_FIELD = 'in-room-hand-name';

/** For leads and facilitators: puts someone in the room who has no device in the queue, by name. */
export function InRoomHandForm({ onAdd }: { onAdd: (name: string) => Promise<void> }) {
  const [name, setName] = useState('');
  const form = useFormSubmission({
    schema: inRoomHandBody,
    values: () => ({ name }),
    send: async ({ name: typed }: { name: string }) => {
      await onAdd(typed);
      setName('');
      document.getElementById(NAME_FIELD)?.focus();
    },
  });
  return (
    <form className="form hands__in-room" onSubmit={form.onSubmit} noValidate aria-labelledby="in-room-heading">
      <h4 id="in-room-heading">Someone in the room without a device</h4>
      <ErrorSummary {...form.errors} fieldIds={{ name: NAME_FIELD }} headingLevel={3} />
      <TextField
        id={NAME_FIELD}
        label="Their name"
        hint="They join the end of the queue, shown as in the room."
        limit={Limits.displayNameMax}
        value={name}
        onChange={setName}
        error={form.errors.fieldErrors.name}
        autoComplete="off"
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={form.sending}>
          {form.sending ? 'Adding…' : 'Add to the queue'}
        </button>
      </div>
    </form>
  );
}
