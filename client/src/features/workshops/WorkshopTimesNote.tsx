import type { WorkshopTimes } from '@roundtable/shared';
import { Icon } from '../../components/Icon.tsx';
import { formatDayAndTime } from './formatWorkshopTime.ts';

/**
 * The days and times of the project's recent workshops, and a note when they all fall on
 * the same weekday or time of day, so the group can vary them for people who cannot come then.
 */
export function WorkshopTimesNote({ times }: { times: WorkshopTimes }) {
  if (times.recent.length === 0) return null;
  return (
    <div className="workshop-times">
      {times.note ? (
        <div className="notice notice--warning workshop-times__note">
          <Icon name="info" />
          <p>{times.note}</p>
        </div>
      ) : null}
      <details className="workshop-times__details">
        <summary>When recent workshops were held</summary>
        <ul>
          {times.recent.map((time) => (
            <li key={time.workshopId}>
              {time.title}: {formatDayAndTime(time.startsAt)} ({time.partOfDay})
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
