import type { User } from '@roundtable/shared';
import { signInBody } from '@roundtable/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/queryKeys.ts';
import { roundtableApi } from '../../api/roundtableApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';

interface SignInFormProps {
  onSignedIn: (user: User) => void;
  headingLevel?: 2 | 3;
}

// Kept at sign-in: public data, and 'me', which is replaced (removing it would detach
// the pages already watching it, such as the invite page).
const keptQueries = new Set(['setup', 'invites', 'me']);
const fieldIds = { email: 'signin-email', password: 'signin-password' };

export function SignInForm({ onSignedIn, headingLevel = 2 }: SignInFormProps) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormSubmission({
    schema: signInBody,
    values: () => ({ email, password }),
    send: (data): void => signIn.mutate(data),
  });
  const { errors } = form;

  const signIn = useMutation({
    mutationFn: roundtableApi.signIn,
    onSuccess: ({ user }) => {
      // Whatever was cached about projects belonged to whoever used this browser before.
      queryClient.removeQueries({ predicate: (query) => !keptQueries.has(String(query.queryKey[0])) });
      queryClient.setQueryData(queryKeys.me, user);
      onSignedIn(user);
    },
    onError: form.showError,
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...errors} fieldIds={fieldIds} headingLevel={headingLevel} />
      <TextField
        id={fieldIds.email}
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="username"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={errors.fieldErrors.email}
      />
      <TextField
        id={fieldIds.password}
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.fieldErrors.password}
      />
      <button type="submit" className="button button--primary" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
