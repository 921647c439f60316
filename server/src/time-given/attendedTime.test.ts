import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AttendancePeriodRecord } from '../store/TimeGivenStore.ts';
import { attendedTime, SHORT_GAP_MS } from './attendedTime.ts';

const MINUTE = 60_000;
const start = Date.UTC(2026, 10, 3, 10, 0);
const at = (minutes: number) => start + minutes * MINUTE;
const period = (change: Partial<AttendancePeriodRecord>): AttendancePeriodRecord => ({
  id: randomUUID(),
  workshopId: 'w',
  userId: 'ada',
  inRoomName: null,
  source: 'device',
  fromAt: at(0),
  toAt: null,
  seenAt: at(0),
  tickedBy: null,
  ...change,
});
const ended = { startedAt: at(0), endedAt: at(60) };

describe('attendedTime', () => {
  it('counts two tabs open at once only once, and only while the workshop ran', () => {
    const times = attendedTime(
      ended,
      [period({ fromAt: at(-20), toAt: at(30) }), period({ fromAt: at(10), toAt: at(40) })],
      at(90),
    );
    expect(times).toEqual([
      { userId: 'ada', inRoomName: null, firstAt: at(0), lastAt: at(40), minutes: 40, ticked: false },
    ]);
  });

  it('merges a short gap but not a long one', () => {
    const short = attendedTime(
      ended,
      [period({ fromAt: at(0), toAt: at(20) }), period({ fromAt: at(20) + SHORT_GAP_MS, toAt: at(50) })],
      at(90),
    );
    expect(short[0]?.minutes).toBe(50);
    const long = attendedTime(
      ended,
      [period({ fromAt: at(0), toAt: at(20) }), period({ fromAt: at(20) + SHORT_GAP_MS + MINUTE, toAt: at(50) })],
      at(90),
    );
    expect(long[0]?.minutes).toBe(20 + 50 - 26);
  });

  it('counts someone ticked in the room from the tick to the end, by name when they have no account', () => {
    const times = attendedTime(
      ended,
      [
        period({ userId: null, inRoomName: 'Mo', source: 'in-room', fromAt: at(15) }),
        period({ userId: 'kim', source: 'in-room', fromAt: at(5) }),
      ],
      at(90),
    );
    expect(times.map(({ userId, inRoomName, minutes, ticked }) => ({ userId, inRoomName, minutes, ticked }))).toEqual([
      { userId: null, inRoomName: 'Mo', minutes: 45, ticked: true },
      { userId: 'kim', inRoomName: null, minutes: 55, ticked: true },
    ]);
  });

  it('ends an open period where it was last seen once its server has stopped', () => {
    const running = { startedAt: at(0), endedAt: null };
    const fresh = period({ seenAt: at(29) });
    const stale = period({ userId: 'sam', seenAt: at(12) });
    const times = attendedTime(running, [fresh, stale], at(30));
    expect(times.map((time) => [time.userId, time.minutes])).toEqual([
      ['ada', 30],
      ['sam', 12],
    ]);
    expect(attendedTime(ended, [fresh], at(90))[0]?.minutes).toBe(29);
  });

  it('is empty before the workshop starts', () => {
    expect(attendedTime({ startedAt: null, endedAt: null }, [period({})], at(5))).toEqual([]);
  });
});
