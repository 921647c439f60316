import type { AttendancePeriodRecord } from '../store/TimeGivenStore.ts';

/** A gap this short (a reload, a dropped connection, a walk to the door) counts as still there. */
export const SHORT_GAP_MS = 5 * 60_000;
/** The server holding a connection says it is still open this often. */
export const SEEN_EVERY_MS = 60_000;
/** An open period not seen for this long belongs to a server that stopped: it ends where it was last seen. */
export const STALE_AFTER_MS = 3 * SEEN_EVERY_MS;

/** One person's time at a workshop. */
export interface AttendedTime {
  userId: string | null;
  inRoomName: string | null;
  firstAt: number;
  lastAt: number;
  minutes: number;
  /** True while, or because, a facilitator ticked them as in the room. */
  ticked: boolean;
}

interface Workshop {
  startedAt: number | null;
  endedAt: number | null;
}

/**
 * Who was at a workshop and for how long, from its attendance periods: only the time
 * while it ran counts; several tabs overlapping count once; short gaps are merged;
 * someone ticked as in the room counts from the tick to the end.
 */
export function attendedTime(
  workshop: Workshop,
  periods: readonly AttendancePeriodRecord[],
  now: number,
): AttendedTime[] {
  if (workshop.startedAt === null) return [];
  const windowEnd = workshop.endedAt ?? now;
  const byPerson = new Map<string, { period: AttendancePeriodRecord; from: number; to: number }[]>();
  for (const period of periods) {
    const from = Math.max(period.fromAt, workshop.startedAt);
    const to = Math.min(endOf(period, workshop, now), windowEnd);
    if (to < from) continue;
    const key = period.userId ?? `in-room:${(period.inRoomName ?? '').trim().toLocaleLowerCase()}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), { period, from, to }]);
  }
  return [...byPerson.values()].map((spans) => {
    spans.sort((a, b) => a.from - b.from);
    let total = 0;
    let [start, end] = [spans[0]!.from, spans[0]!.to];
    for (const span of spans.slice(1)) {
      if (span.from - end <= SHORT_GAP_MS) {
        end = Math.max(end, span.to);
        continue;
      }
      total += end - start;
      [start, end] = [span.from, span.to];
    }
    total += end - start;
    const { period } = spans[0]!;
    return {
      userId: period.userId,
      inRoomName: period.userId === null ? period.inRoomName : null,
      firstAt: spans[0]!.from,
      lastAt: Math.max(...spans.map((span) => span.to)),
      minutes: Math.round(total / 60_000),
      ticked: spans.some((span) => span.period.source === 'in-room'),
    };
  });
}

function endOf(period: AttendancePeriodRecord, workshop: Workshop, now: number): number {
  if (period.toAt !== null) return period.toAt;
  // Someone ticked in the room stays until the end, or until a facilitator says they left.
  if (period.source === 'in-room') return workshop.endedAt ?? now;
  if (workshop.endedAt === null && now - period.seenAt <= STALE_AFTER_MS) return now;
  return period.seenAt;
}
