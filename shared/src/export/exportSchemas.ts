import { z } from 'zod';
import { exportFormats } from './exportTypes.ts';

/** GET …/documents/:documentId/export?format=&version=&changesSince=&comments= */
export const exportQuery = z.object({
  format: z.enum(exportFormats, 'Choose a format: docx, pdf, html or md.'),
  /** A version id, or 'current' for the document as it is now. */
  version: z.string().min(1, 'Choose a version to export.').max(100).default('current'),
  /** Adds a summary of the changes since this version. */
  changesSince: z.string().min(1).max(100).optional(),
  /** Adds the comment threads and their outcomes. */
  comments: z
    .enum(['1', '0', 'true', 'false'], 'Say whether to include comment threads with comments=1 or comments=0.')
    .default('0')
    .transform((value) => value === '1' || value === 'true'),
});
export type ExportQuery = z.infer<typeof exportQuery>;
export type ExportQueryInput = z.input<typeof exportQuery>;
