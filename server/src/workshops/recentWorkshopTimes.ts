import { sameTimesNote, WorkshopLimits, type WorkshopTimes, weekdayAndPartOfDay } from '@roundtable/shared';
import type { PlacedInTime } from './splitWorkshops.ts';

export interface TimedWorkshop extends PlacedInTime {
  id: string;
  title: string;
  timeZone: string;
}

/**
 * The days and times of the project's latest workshops that were not cancelled (held,
 * running or planned), each in the time zone it was planned in, with a note when they
 * all fall on the same weekday or time of day.
 */
export function recentWorkshopTimes(workshops: readonly TimedWorkshop[], now: number): WorkshopTimes {
  const recent = workshops
    .filter((workshop) => workshop.state !== 'cancelled')
    .sort((a, b) => b.startsAt - a.startsAt)
    .slice(0, WorkshopLimits.recentForTimes)
    .map((workshop) => ({
      workshop,
      ...weekdayAndPartOfDay(workshop.startsAt, workshop.timeZone),
      coming: workshop.state === 'planned' && workshop.endsAt > now,
    }));
  return {
    recent: recent.map(({ workshop, weekday, partOfDay }) => ({
      workshopId: workshop.id,
      title: workshop.title,
      startsAt: new Date(workshop.startsAt).toISOString(),
      weekday,
      partOfDay,
    })),
    note: sameTimesNote(recent, WorkshopLimits.sameTimesNoteFrom),
  };
}
