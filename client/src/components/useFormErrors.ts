import { useCallback, useState } from 'react';
import { isApiRequestError } from '../api/ApiRequestError.ts';
import type { FieldErrors } from './validateForm.ts';

export interface FormErrors {
  fieldErrors: FieldErrors;
  message: string | null;
  /** Bumped on every failed attempt so the error summary takes focus again. */
  focusKey: number;
}

/** Holds what went wrong with a form, whether found before sending or told by the server. */
export function useFormErrors() {
  const [errors, setErrors] = useState<FormErrors>({ fieldErrors: {}, message: null, focusKey: 0 });

  const showFieldErrors = useCallback((fieldErrors: FieldErrors) => {
    setErrors((previous) => ({ fieldErrors, message: null, focusKey: previous.focusKey + 1 }));
  }, []);

  const showError = useCallback((error: unknown) => {
    const fieldErrors = isApiRequestError(error) ? { ...error.fields } : {};
    const hasFields = Object.keys(fieldErrors).length > 0;
    const message = isApiRequestError(error)
      ? hasFields
        ? null
        : error.message
      : 'Something went wrong. Please try again.';
    setErrors((previous) => ({ fieldErrors, message, focusKey: previous.focusKey + 1 }));
  }, []);

  const clear = useCallback(() => setErrors((previous) => ({ ...previous, fieldErrors: {}, message: null })), []);

  return { errors, showFieldErrors, showError, clear };
}
