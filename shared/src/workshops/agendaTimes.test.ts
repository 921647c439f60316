import { describe, expect, it } from 'vitest';
import { agendaMinutes, agendaTimes, plannedEnd } from './agendaTimes.ts';

const start = Date.parse('2026-05-12T09:30:00Z');
const minutes = (n: number) => n * 60 * 1000;

describe('agenda times', () => {
  it('starts each item when the one before it ends', () => {
    const slots = agendaTimes(start, [{ durationMinutes: 10 }, { durationMinutes: 45 }, { durationMinutes: 5 }]);
    expect(slots).toEqual([
      { startsAt: start, endsAt: start + minutes(10) },
      { startsAt: start + minutes(10), endsAt: start + minutes(55) },
      { startsAt: start + minutes(55), endsAt: start + minutes(60) },
    ]);
  });

  it('adds up the minutes and ends the workshop after its agenda, or an hour on while it has none', () => {
    const items = [{ durationMinutes: 20 }, { durationMinutes: 90 }];
    expect(agendaMinutes(items)).toBe(110);
    expect(plannedEnd(start, items)).toBe(start + minutes(110));
    expect(plannedEnd(start, [])).toBe(start + minutes(60));
  });
});
