import type { z } from 'zod';
import { DomainError } from '../errors/DomainError.ts';

/** Validates a request body with a shared schema; field messages go back to the form. */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || 'body';
    fields[field] ??= issue.message;
  }
  const first = Object.values(fields)[0] ?? 'Some of the details are not right.';
  throw new DomainError('invalid-request', first, fields);
}
