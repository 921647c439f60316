/** What someone in a live document is doing, shared with everyone else there. */
export type Activity = { kind: 'editing'; section: string | null } | { kind: 'reading' } | { kind: 'away' };

export const ACTIVITY_FIELD = 'activity';

export function parseActivity(value: unknown): Activity {
  if (typeof value !== 'object' || value === null) return { kind: 'reading' };
  const kind = 'kind' in value ? value.kind : undefined;
  if (kind === 'away') return { kind: 'away' };
  if (kind === 'editing') {
    const section = 'section' in value && typeof value.section === 'string' ? value.section : null;
    return { kind: 'editing', section };
  }
  return { kind: 'reading' };
}

export function sameActivity(a: Activity, b: Activity): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'editing' || b.kind !== 'editing' || a.section === b.section;
}
