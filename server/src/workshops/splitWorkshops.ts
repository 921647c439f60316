import type { WorkshopState } from '@roundtable/shared';

export interface PlacedInTime {
  state: WorkshopState;
  startsAt: number;
  /** The planned end. */
  endsAt: number;
}

export interface SplitWorkshops<T> {
  coming: T[];
  running: T[];
  past: T[];
  cancelled: T[];
}

/**
 * Where each workshop is listed. A planned workshop is coming until its planned end, so
 * one that starts late is still there to start; after that it is past, like one that
 * ended. Coming ones soonest first; the rest latest first.
 */
export function splitWorkshops<T extends PlacedInTime>(workshops: readonly T[], now: number): SplitWorkshops<T> {
  const soonestFirst = [...workshops].sort((a, b) => a.startsAt - b.startsAt);
  const latestFirst = [...soonestFirst].reverse();
  return {
    coming: soonestFirst.filter((workshop) => workshop.state === 'planned' && workshop.endsAt > now),
    running: soonestFirst.filter((workshop) => workshop.state === 'running'),
    past: latestFirst.filter(
      (workshop) => workshop.state === 'ended' || (workshop.state === 'planned' && workshop.endsAt <= now),
    ),
    cancelled: latestFirst.filter((workshop) => workshop.state === 'cancelled'),
  };
}
