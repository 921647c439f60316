/**
 * A person's copy of everything they wrote and did in Roundtable, made in the
 * background (it reads every document they are in) and kept for them to download for
 * a while.
 */
export interface PersonalDataExportStatus {
  state: 'working' | 'ready' | 'failed';
  /** How many of the person's documents have been read so far, out of `documentsTotal`. */
  documentsDone: number;
  documentsTotal: number;
  startedAt: string;
  /** When the archive was ready; null while working or after a failure. */
  readyAt: string | null;
  /** After this the archive is deleted and the person makes a new one. */
  expiresAt: string | null;
  sizeBytes: number | null;
  /** A plain-English reason when `state` is 'failed'. */
  failure: string | null;
}

/** GET /api/account/data-export: the person's latest archive, or none. */
export interface PersonalDataExportResponse {
  export: PersonalDataExportStatus | null;
}
