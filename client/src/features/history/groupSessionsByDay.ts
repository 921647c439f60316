import type { EditSession } from '@roundtable/shared';

export interface SessionDay {
  /** Local date, YYYY-MM-DD: stable as a key while pages of older sessions arrive. */
  key: string;
  label: string;
  sessions: EditSession[];
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

function localDayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/**
 * Puts sessions (newest first) under the day they ended, in the reader's own time zone:
 * "Today", "Yesterday", then the date in full.
 */
export function groupSessionsByDay(sessions: readonly EditSession[], now: Date = new Date()): SessionDay[] {
  const today = localDayKey(now);
  const yesterday = localDayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1));
  const days: SessionDay[] = [];
  for (const session of sessions) {
    const ended = new Date(session.endedAt);
    const key = localDayKey(ended);
    const last = days[days.length - 1];
    if (last && last.key === key) {
      last.sessions.push(session);
      continue;
    }
    const label = key === today ? 'Today' : key === yesterday ? 'Yesterday' : dayFormat.format(ended);
    days.push({ key, label, sessions: [session] });
  }
  return days;
}
