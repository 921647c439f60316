import { describe, expect, it } from 'vitest';
import { partOfDayAt, sameTimesNote, type TimeOfWeek, weekdayAndPartOfDay } from './workshopTimes.ts';

const held = (weekday: string, partOfDay: TimeOfWeek['partOfDay']): TimeOfWeek => ({
  weekday,
  partOfDay,
  coming: false,
});
const advice =
  'Some people can only come at other times: the co-production handbook suggests varying days and times so that most people can take part.';

describe('the days and times workshops fall on', () => {
  it('names the weekday and part of the day in the time zone the workshop was planned in', () => {
    // 09:30 in London in summer is 08:30 UTC; the same moment is evening in Auckland.
    const at = Date.parse('2026-06-09T08:30:00Z');
    expect(weekdayAndPartOfDay(at, 'Europe/London')).toEqual({ weekday: 'Tuesday', partOfDay: 'morning' });
    expect(weekdayAndPartOfDay(at, 'Pacific/Auckland')).toEqual({ weekday: 'Tuesday', partOfDay: 'evening' });
    expect(weekdayAndPartOfDay(Date.parse('2026-01-06T23:30:00Z'), 'Europe/London').weekday).toBe('Tuesday');
  });

  it('splits the day at noon and at five', () => {
    expect([4, 5, 11, 12, 16, 17, 23].map(partOfDayAt)).toEqual([
      'evening',
      'morning',
      'morning',
      'afternoon',
      'afternoon',
      'evening',
      'evening',
    ]);
  });
});

describe('the note about varying days and times', () => {
  it('says when the last workshops were all on the same weekday and time of day', () => {
    const times = [1, 2, 3, 4].map(() => held('Tuesday', 'morning'));
    expect(sameTimesNote(times, 3)).toBe(`Your last 4 workshops were all on Tuesday mornings. ${advice}`);
  });

  it('says when they share only the weekday, or only the time of day', () => {
    expect(sameTimesNote([held('Monday', 'morning'), held('Monday', 'evening'), held('Monday', 'morning')], 3)).toBe(
      `Your last 3 workshops were all on Mondays. ${advice}`,
    );
    expect(
      sameTimesNote([held('Monday', 'afternoon'), held('Friday', 'afternoon'), held('Monday', 'afternoon')], 3),
    ).toBe(`Your last 3 workshops were all in the afternoon. ${advice}`);
  });

  it('counts planned workshops in, and says so', () => {
    const times = [
      { ...held('Thursday', 'evening'), coming: true },
      held('Thursday', 'evening'),
      held('Thursday', 'evening'),
    ];
    expect(sameTimesNote(times, 3)).toBe(
      `Your 3 most recent workshops, counting those planned, are all on Thursday evenings. ${advice}`,
    );
  });

  it('says nothing when days and times vary, or there are too few to tell', () => {
    expect(sameTimesNote([held('Monday', 'morning'), held('Tuesday', 'evening'), held('Monday', 'afternoon')], 3)).toBe(
      null,
    );
    expect(sameTimesNote([held('Monday', 'morning'), held('Monday', 'morning')], 3)).toBe(null);
    expect(sameTimesNote([], 3)).toBe(null);
  });
});
