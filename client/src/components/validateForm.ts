import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors };

/**
 * Checks form values with the same zod schema the server uses, so people see the same
 * plain-English message before sending as they would after. Keeps the first message per field.
 */
export function validateForm<Schema extends z.ZodType>(
  schema: Schema,
  values: unknown,
): ValidationResult<z.output<Schema>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const key = typeof field === 'string' ? field : '';
    if (!(key in fieldErrors)) fieldErrors[key] = issue.message;
  }
  return { ok: false, fieldErrors };
}
