import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { useFormErrors } from './useFormErrors.ts';
import { validateForm } from './validateForm.ts';

interface FormSubmissionOptions<Schema extends z.ZodType> {
  /** The same schema the server checks the request with. */
  schema: Schema;
  /** The form's values as they are now. */
  values: () => unknown;
  /**
   * Sends the checked values. A form whose sending reports its own failures (such as a
   * mutation's onError calling `showError`) returns nothing. One that returns a promise
   * is waited for: its errors are cleared while it is sent, another submission meanwhile
   * is ignored, and what the promise rejects with is shown.
   */
  send: (data: z.output<Schema>) => unknown;
  /** False while the form cannot be sent, such as while it is already being sent; nothing happens then. */
  canSubmit?: () => boolean;
  /** Runs on every submission before the values are checked, for example to clear a "Saved." message. */
  onAttempt?: () => void;
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && 'then' in value && typeof value.then === 'function';

/**
 * The way every form sends: check the values with the shared schema, and either list
 * what is wrong at the top of the form (see ErrorSummary, which takes focus on each
 * failed attempt) or send them.
 */
export function useFormSubmission<Schema extends z.ZodType>({
  schema,
  values,
  send,
  canSubmit,
  onAttempt,
}: FormSubmissionOptions<Schema>) {
  const { errors, showFieldErrors, showError, clear } = useFormErrors();
  const [sending, setSending] = useState(false);

  /** Submits without an event, for a keyboard shortcut. */
  const submit = () => {
    if (sending || canSubmit?.() === false) return;
    onAttempt?.();
    const result = validateForm(schema, values());
    if (!result.ok) {
      showFieldErrors(result.fieldErrors);
      return;
    }
    const sent = send(result.data);
    if (!isPromiseLike(sent)) return;
    clear();
    setSending(true);
    void Promise.resolve(sent).then(
      () => setSending(false),
      (failure: unknown) => {
        showError(failure);
        setSending(false);
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  return { errors, showError, clearErrors: clear, sending, submit, onSubmit };
}
