const dayParts = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
/** "Tuesday 10 March 2026", the same in every browser (some put a comma after the weekday). */
const dayFormat = {
  format: (date: Date) =>
    dayParts
      .formatToParts(date)
      .filter((part) => part.type !== 'literal')
      .map((part) => part.value)
      .join(' '),
};
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

const valid = (date: Date) => !Number.isNaN(date.getTime());

/**
 * "Tuesday 10 March 2026, 10:00 to 11:30": the day in full, which nobody misreads, and
 * the times in the person's own time zone (the browser's).
 */
export function formatWorkshopTime(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (!valid(start) || !valid(end)) return '';
  const sameDay = dayFormat.format(start) === dayFormat.format(end);
  return sameDay
    ? `${dayFormat.format(start)}, ${timeFormat.format(start)} to ${timeFormat.format(end)}`
    : `${dayFormat.format(start)}, ${timeFormat.format(start)} to ${dayFormat.format(end)}, ${timeFormat.format(end)}`;
}

/** "Tuesday 10 March 2026 at 10:00". */
export function formatDayAndTime(at: string): string {
  const date = new Date(at);
  return valid(date) ? `${dayFormat.format(date)} at ${timeFormat.format(date)}` : '';
}

/** "10:00". */
export function formatClockTime(at: string): string {
  const date = new Date(at);
  return valid(date) ? timeFormat.format(date) : '';
}

/** "1 hour 30 minutes". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : '',
    rest > 0 || hours === 0 ? `${rest} ${rest === 1 ? 'minute' : 'minutes'}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** The date and time fields of a form ("2026-03-10", "10:00") for a moment, in the person's time zone. */
export function toDateAndTimeFields(at: string): { date: string; time: string } {
  const date = new Date(at);
  if (!valid(date)) return { date: '', time: '' };
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  };
}

/** The moment a form's date and time fields mean, in the person's time zone; '' until both are filled in. */
export function fromDateAndTimeFields(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return '';
  // Without an offset, a date and time is read in the browser's own time zone.
  const at = new Date(`${date}T${time}`);
  return valid(at) ? at.toISOString() : '';
}

/** The person's time zone, as the browser knows it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/London';
}
