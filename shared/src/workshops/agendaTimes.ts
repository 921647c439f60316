import { WorkshopLimits } from './workshopLimits.ts';

const MINUTE_MS = 60 * 1000;

export interface PlannedSlot {
  startsAt: number;
  endsAt: number;
}

/**
 * When each agenda item is planned to start and end (milliseconds since the epoch): one
 * after another from the workshop's start, each taking its minutes.
 */
export function agendaTimes(workshopStartsAt: number, items: readonly { durationMinutes: number }[]): PlannedSlot[] {
  let startsAt = workshopStartsAt;
  return items.map((item) => {
    const slot = { startsAt, endsAt: startsAt + item.durationMinutes * MINUTE_MS };
    startsAt = slot.endsAt;
    return slot;
  });
}

/** The minutes an agenda adds up to. */
export function agendaMinutes(items: readonly { durationMinutes: number }[]): number {
  return items.reduce((total, item) => total + item.durationMinutes, 0);
}

/** When a workshop is planned to end: after its agenda, or an hour after its start while it has none. */
export function plannedEnd(workshopStartsAt: number, items: readonly { durationMinutes: number }[]): number {
  const minutes = items.length === 0 ? WorkshopLimits.defaultLengthMinutes : agendaMinutes(items);
  return workshopStartsAt + minutes * MINUTE_MS;
}
