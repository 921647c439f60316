/**
 * Dates in exports, as people in the council write them ("3 March 2026"). Exports are
 * read long after and far from where they were made, so the zone is fixed rather than
 * the server's.
 */
export const EXPORT_TIME_ZONE = 'Europe/London';

const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: EXPORT_TIME_ZONE });

export function formatExportDate(iso: string): string {
  return format.format(new Date(iso));
}
