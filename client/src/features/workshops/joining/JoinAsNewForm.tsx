import { joinWorkshopAsNewBody, Limits, type Perspective } from '@roundtable/shared';
import { useState } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormSubmission } from '../../../components/useFormSubmission.ts';
import { PerspectiveRadioGroup } from '../../members/PerspectiveRadioGroup.tsx';
import type { AskToJoin } from './useAskToJoin.ts';

const fieldIds = {
  displayName: 'join-name',
  perspective: 'join-perspective',
  email: 'join-email',
  password: 'join-password',
};

/** Someone new gives their name and perspective and, if they want to come back after the workshop, an email and password. */
export function JoinAsNewForm({ ask }: { ask: AskToJoin }) {
  const [displayName, setDisplayName] = useState('');
  const [perspective, setPerspective] = useState<Perspective | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormSubmission({
    schema: joinWorkshopAsNewBody,
    values: () => ({
      displayName,
      perspective: perspective ?? undefined,
      email: email.trim() === '' ? undefined : email,
      password: password === '' ? undefined : password,
    }),
    send: (body): void => ask.send(body, form.showError),
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.errors} fieldIds={fieldIds} />
      <TextField
        id={fieldIds.displayName}
        label="Your name"
        hint="How others in the workshop will see you. If someone there has the same name, add something to tell you apart."
        autoComplete="name"
        limit={Limits.displayNameMax}
        value={displayName}
        onChange={setDisplayName}
        error={form.errors.fieldErrors.displayName}
      />
      <PerspectiveRadioGroup
        id={fieldIds.perspective}
        value={perspective}
        onChange={setPerspective}
        error={form.errors.fieldErrors.perspective}
      />
      <fieldset className="join-come-back">
        <legend className="field__label">Come back after the workshop (you can leave this out)</legend>
        <p className="field__hint">
          Without these, this device signs you out when the workshop ends, which is safest on a shared device. With
          them, you can sign in again later from any device.
        </p>
        <TextField
          id={fieldIds.email}
          label="Email address"
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          optional
          value={email}
          onChange={setEmail}
          error={form.errors.fieldErrors.email}
        />
        <TextField
          id={fieldIds.password}
          label="Choose a password"
          hint={`At least ${Limits.passwordMin} characters. A few words you can remember works well.`}
          type="password"
          autoComplete="new-password"
          optional
          value={password}
          onChange={setPassword}
          error={form.errors.fieldErrors.password}
        />
      </fieldset>
      <button type="submit" className="button button--primary" disabled={ask.isPending}>
        {ask.isPending ? 'Asking…' : 'Ask to join'}
      </button>
    </form>
  );
}
