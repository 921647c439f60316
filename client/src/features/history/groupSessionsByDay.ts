import type { CommentActivity, EditSession } from '@roundtable/shared';

/** One line of the timeline: an edit session, or something someone did in the comments. */
export type TimelineEntry =
  | { kind: 'session'; key: string; at: string; session: EditSession }
  | { kind: 'comment'; key: string; at: string; activity: CommentActivity };

export interface SessionDay {
  /** Local date, YYYY-MM-DD: stable as a key while pages of older sessions arrive. */
  key: string;
  label: string;
  entries: TimelineEntry[];
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

function localDayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Edit sessions and comment activity together, newest first (a session counts from when it ended). */
export function timelineEntries(
  sessions: readonly EditSession[],
  activity: readonly CommentActivity[] = [],
): TimelineEntry[] {
  return [
    ...sessions.map(
      (session): TimelineEntry => ({ kind: 'session', key: `s${session.id}`, at: session.endedAt, session }),
    ),
    ...activity.map(
      (entry): TimelineEntry => ({ kind: 'comment', key: `c${entry.id}`, at: entry.at, activity: entry }),
    ),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/**
 * Puts timeline entries (newest first) under the day they happened, in the reader's
 * own time zone: "Today", "Yesterday", then the date in full.
 */
export function groupSessionsByDay(entries: readonly TimelineEntry[], now: Date = new Date()): SessionDay[] {
  const today = localDayKey(now);
  const yesterday = localDayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
  const days: SessionDay[] = [];
  for (const entry of entries) {
    const happened = new Date(entry.at);
    const key = localDayKey(happened);
    const last = days[days.length - 1];
    if (last && last.key === key) {
      last.entries.push(entry);
      continue;
    }
    const label = key === today ? 'Today' : key === yesterday ? 'Yesterday' : dayFormat.format(happened);
    days.push({ key, label, entries: [entry] });
  }
  return days;
}
