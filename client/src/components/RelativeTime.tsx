import { formatDateTime } from '../format/formatDateTime.ts';
import { formatRelativeTime } from '../format/formatRelativeTime.ts';

/** When something happened, in words ("5 minutes ago"), with the full date and time for screen readers and on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const full = formatDateTime(iso);
  return (
    <time dateTime={iso} title={full}>
      {formatRelativeTime(iso)}
      <span className="visually-hidden"> ({full})</span>
    </time>
  );
}
