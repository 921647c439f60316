import type { PartOfDay } from './workshopTypes.ts';

/** Morning until noon, afternoon until five, evening after (late nights count as evening). */
export function partOfDayAt(hour: number): PartOfDay {
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  return 'evening';
}

/** The weekday ("Tuesday") and part of the day a moment falls on in a time zone. */
export function weekdayAndPartOfDay(at: number, timeZone: string): { weekday: string; partOfDay: PartOfDay } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    hour: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const weekday = parts.find((part) => part.type === 'weekday')?.value ?? '';
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? 0);
  return { weekday, partOfDay: partOfDayAt(hour) };
}

const partPlural: Record<PartOfDay, string> = { morning: 'mornings', afternoon: 'afternoons', evening: 'evenings' };
const VARY_ADVICE =
  'Some people can only come at other times: the co-production handbook suggests varying days and times so that most people can take part.';

export interface TimeOfWeek {
  weekday: string;
  partOfDay: PartOfDay;
  /** Not yet held: planned for later. */
  coming: boolean;
}

/**
 * A plain-English note when a project's recent workshops all fall on the same weekday
 * or the same time of day, so the group can vary them (the handbook asks for that so
 * most people can come most of the time). Null when they vary, or when there are too
 * few to call it a pattern.
 */
export function sameTimesNote(times: readonly TimeOfWeek[], noteFrom: number): string | null {
  const first = times[0];
  if (!first || times.length < noteFrom) return null;
  const sameWeekday = times.every((time) => time.weekday === first.weekday);
  const samePart = times.every((time) => time.partOfDay === first.partOfDay);
  if (!sameWeekday && !samePart) return null;
  const when =
    sameWeekday && samePart
      ? `on ${first.weekday} ${partPlural[first.partOfDay]}`
      : sameWeekday
        ? `on ${first.weekday}s`
        : `in the ${first.partOfDay}`;
  const opening = times.some((time) => time.coming)
    ? `Your ${times.length} most recent workshops, counting those planned, are all ${when}.`
    : `Your last ${times.length} workshops were all ${when}.`;
  return `${opening} ${VARY_ADVICE}`;
}
