import { forgotPasswordBody } from '@roundtable/shared';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../a11y/useDocumentTitle.ts';
import { useSetupQuery } from '../../api/useSetupQuery.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { QueryProblem } from '../../components/QueryProblem.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { accountApi } from './accountApi.ts';
import './account.css';

const fieldIds = { email: 'forgot-email' };

/** Asks for a reset link by email. The answer is the same whether or not an account uses the address. */
export function ForgotPasswordPage() {
  const setup = useSetupQuery();
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<string | null>(null);
  useDocumentTitle('Forgot your password?');
  const form = useFormSubmission({
    schema: forgotPasswordBody,
    values: () => ({ email }),
    send: (data): void => request.mutate(data),
  });
  const request = useMutation({
    mutationFn: accountApi.forgotPassword,
    onSuccess: (response) => setAnswer(response.message),
    onError: form.showError,
  });

  if (setup.isPending) return <LoadingState label="Loading" />;
  if (setup.isError) return <QueryProblem error={setup.error} thing="page" onRetry={() => void setup.refetch()} />;

  return (
    <div className="page page--narrow">
      <h1>Forgot your password?</h1>
      {!setup.data.passwordResetByEmail ? (
        <p className="lead">
          This Roundtable cannot send emails, so an administrator needs to reset your password. Ask them for a password
          reset link.
        </p>
      ) : answer ? (
        <div className="panel" role="status">
          <p className="lead">{answer}</p>
        </div>
      ) : (
        <>
          <p className="lead">
            Enter the email address you sign in with. We will email you a link to choose a new password.
          </p>
          <div className="panel">
            <form className="form" onSubmit={form.onSubmit} noValidate>
              <ErrorSummary {...form.errors} fieldIds={fieldIds} />
              <TextField
                id={fieldIds.email}
                label="Email address"
                type="email"
                inputMode="email"
                autoComplete="username"
                spellCheck={false}
                value={email}
                onChange={setEmail}
                error={form.errors.fieldErrors.email}
              />
              <button type="submit" className="button button--primary" disabled={request.isPending}>
                {request.isPending ? 'Sending…' : 'Send me a link'}
              </button>
            </form>
          </div>
        </>
      )}
      <p className="muted">
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
