import { describe, expect, it } from 'vitest';
import { formatMinutes, formatWorkshopTime, fromDateAndTimeFields, toDateAndTimeFields } from './formatWorkshopTime.ts';

describe('workshop times as people read them', () => {
  it('writes the day in full and the times in 24-hour clock', () => {
    const start = new Date(2026, 2, 10, 10, 0).toISOString();
    const end = new Date(2026, 2, 10, 11, 30).toISOString();
    expect(formatWorkshopTime(start, end)).toBe('Tuesday 10 March 2026, 10:00 to 11:30');
  });

  it('writes durations in hours and minutes', () => {
    expect([5, 60, 61, 90, 125].map(formatMinutes)).toEqual([
      '5 minutes',
      '1 hour',
      '1 hour 1 minute',
      '1 hour 30 minutes',
      '2 hours 5 minutes',
    ]);
  });

  it('turns the form’s date and time fields into a moment and back', () => {
    const at = fromDateAndTimeFields('2026-03-10', '09:05');
    expect(new Date(at).getHours()).toBe(9);
    expect(toDateAndTimeFields(at)).toEqual({ date: '2026-03-10', time: '09:05' });
    expect(fromDateAndTimeFields('', '09:05')).toBe('');
    expect(fromDateAndTimeFields('2026-03-10', '')).toBe('');
  });
});
