import { z } from 'zod';
import { Limits } from '../limits.ts';

/** Request bodies and query strings of the history API. */

export const createVersionBody = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the version a name, like "Draft for workshop 2".')
    .max(Limits.versionNameMax, `Version names can be at most ${Limits.versionNameMax} characters.`),
});
export type CreateVersionBody = z.infer<typeof createVersionBody>;

const isoDate = z.iso.datetime({ offset: true, message: 'Dates must look like 2026-11-28T10:00:00Z.' });

/**
 * What the timeline's person filter takes besides a person's id: the template's text,
 * words devices handed back after a restore from a backup, and those of them whose
 * writer nobody knows (for a lead to review).
 */
export const HISTORY_PERSON_FILTERS = Object.freeze({
  template: 'template',
  recovered: 'recovered',
  unknownWriter: 'unknown-writer',
} as const);

export const historyQuery = z.object({
  /** A person's id or one of HISTORY_PERSON_FILTERS. */
  person: z.string().max(100).optional(),
  section: z
    .string()
    .max(Limits.documentTitleMax * 4)
    .optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  /** The `nextBefore` of the previous page. */
  before: z.string().regex(/^\d+$/, 'Not a page of this history.').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type HistoryQuery = z.infer<typeof historyQuery>;

export const compareQuery = z.object({
  from: z.string().min(1, 'Choose a version to compare from.').max(100),
  /** A version id, or 'current' for the document as it is now. */
  to: z.string().min(1).max(100).default('current'),
});
export type CompareQuery = z.infer<typeof compareQuery>;

export const recordOnBehalfMessage = z.object({
  event: z.literal('record-on-behalf'),
  personId: z.string().max(100).nullable(),
});
