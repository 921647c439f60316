import {
  inRoomHandBody,
  Limits,
  type RoomAttendanceResponse,
  type TickInRoomBody,
  tickInRoomBody,
} from '@roundtable/shared';
import { useState } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormSubmission } from '../../../components/useFormSubmission.ts';

const PERSON_FIELD = 'tick-in-room-person';
const NAME_FIELD = 'tick-in-room-name';
const SOMEONE_ELSE = 'someone-else';

/** Ticking a member of the project: the first of the two ways the server takes. */
const memberSchema = tickInRoomBody.options[0];

interface TickInRoomFormProps {
  notHere: RoomAttendanceResponse['notHere'];
  onTick: (body: TickInRoomBody) => Promise<void>;
}

/**
 * Ticks someone in the room who has no device open: a member of the project, or someone
 * else by name. Their time counts from the tick until the end.
 */
export function TickInRoomForm({ notHere, onTick }: TickInRoomFormProps) {
  const [chosen, setChosen] = useState(notHere[0]?.userId ?? SOMEONE_ELSE);
  const [name, setName] = useState('');
  const person = notHere.some((member) => member.userId === chosen) ? chosen : SOMEONE_ELSE;
  const form = useFormSubmission({
    schema: person === SOMEONE_ELSE ? inRoomHandBody : memberSchema,
    values: () => (person === SOMEONE_ELSE ? { name } : { userId: person }),
    send: async (body: TickInRoomBody) => {
      await onTick(body);
      setName('');
    },
  });
  return (
    <form className="form in-room__tick" onSubmit={form.onSubmit} noValidate aria-labelledby="tick-in-room-heading">
      <h4 id="tick-in-room-heading">Tick someone in the room</h4>
      <p className="in-room__help">For people here without a device open. Their time counts from now until the end.</p>
      <ErrorSummary {...form.errors} fieldIds={{ name: NAME_FIELD, userId: PERSON_FIELD }} headingLevel={3} />
      <SelectField
        id={PERSON_FIELD}
        label="Who"
        value={person}
        options={[
          ...notHere.map((member) => ({ id: member.userId, label: member.displayName })),
          { id: SOMEONE_ELSE, label: 'Someone not in this project (type their name)' },
        ]}
        onChange={setChosen}
        wide
      />
      {person === SOMEONE_ELSE ? (
        <TextField
          id={NAME_FIELD}
          label="Their name"
          limit={Limits.displayNameMax}
          value={name}
          onChange={setName}
          error={form.errors.fieldErrors.name}
          autoComplete="off"
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={form.sending}>
          {form.sending ? 'Ticking…' : 'Tick as in the room'}
        </button>
      </div>
    </form>
  );
}
