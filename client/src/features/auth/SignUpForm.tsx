import type { User } from '@roundtable/shared';
import { Limits, signUpBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';

interface SignUpFormProps {
  /** Present when joining through an invite; absent only for the first account. */
  inviteToken?: string;
  submitLabel: string;
  onSignedUp: (user: User) => void;
  headingLevel?: 2 | 3;
}

const fieldIds = { displayName: 'signup-name', email: 'signup-email', password: 'signup-password' };

export function SignUpForm({ inviteToken, submitLabel, onSignedUp, headingLevel = 2 }: SignUpFormProps) {
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormSubmission({
    schema: signUpBody,
    values: () => ({ displayName, email, password, inviteToken }),
    send: (data): void => signUp.mutate(data),
  });
  const { errors } = form;

  const signUp = useMutation({
    mutationFn: roundtableApi.signUp,
    onSuccess: ({ user }) => {
      queryClient.setQueryData(queryKeys.me, user);
      void queryClient.invalidateQueries({ queryKey: queryKeys.setup });
      onSignedUp(user);
    },
    onError: form.showError,
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={headingLevel} />
      <TextField
        id={fieldIds.displayName}
        label="Your name"
        hint="This is how other people in your projects will see you."
        autoComplete="name"
        limit={Limits.displayNameMax}
        value={displayName}
        onChange={setDisplayName}
        error={errors.fieldErrors.displayName}
      />
      <TextField
        id={fieldIds.email}
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={errors.fieldErrors.email}
      />
      <TextField
        id={fieldIds.password}
        label="Create a password"
        hint={`Use at least ${Limits.passwordMin} characters. A few words you can remember works well.`}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={errors.fieldErrors.password}
      />
      <button type="submit" className="button button--primary" disabled={signUp.isPending}>
        {signUp.isPending ? 'Creating your account…' : submitLabel}
      </button>
    </form>
  );
}
