import { type EditSession, recordedFor, writtenBy } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { describeWordChange } from './describeWordChange.ts';
import { groupSessionsByDay, timelineEntries } from './groupSessionsByDay.ts';
import { sinceLastVisitSummary } from './sinceLastVisitSummary.ts';

let next = 0;
const session = (overrides: Partial<EditSession>): EditSession => ({
  id: `s${++next}`,
  credit: writtenBy('ada'),
  startedAt: '2026-05-03T09:00:00Z',
  endedAt: '2026-05-03T09:10:00Z',
  sections: [],
  wordsAdded: 0,
  wordsRemoved: 0,
  charactersAdded: 0,
  charactersRemoved: 0,
  changeCount: 1,
  restoredVersion: null,
  firstUpdateId: next,
  lastUpdateId: next,
  ...overrides,
});

describe('groupSessionsByDay', () => {
  it('puts sessions under Today, Yesterday and then the date in full', () => {
    const now = new Date(2026, 4, 5, 12, 0);
    const days = groupSessionsByDay(
      timelineEntries([
        session({ endedAt: new Date(2026, 4, 5, 11, 0).toISOString() }),
        session({ endedAt: new Date(2026, 4, 5, 8, 0).toISOString() }),
        session({ endedAt: new Date(2026, 4, 4, 20, 0).toISOString() }),
        session({ endedAt: new Date(2026, 4, 1, 10, 0).toISOString() }),
      ]),
      now,
    );
    expect(days.map((day) => [day.label, day.entries.length])).toEqual([
      ['Today', 2],
      ['Yesterday', 1],
      ['Friday, 1 May 2026', 1],
    ]);
  });

  it('puts comment activity between the edit sessions, newest first', () => {
    const now = new Date(2026, 4, 5, 12, 0);
    const entries = timelineEntries(
      [session({ id: 'edit', endedAt: new Date(2026, 4, 5, 9, 0).toISOString() })],
      [
        {
          id: 7,
          kind: 'replied',
          personId: 'ada',
          threadId: 't',
          commentId: 'c',
          quote: 'buses',
          section: 'Transport',
          at: new Date(2026, 4, 5, 10, 0).toISOString(),
        },
      ],
    );
    expect(entries.map((entry) => entry.kind)).toEqual(['comment', 'session']);
    expect(groupSessionsByDay(entries, now).map((day) => day.entries.length)).toEqual([2]);
  });

  it('has no days when there are no sessions', () => {
    expect(groupSessionsByDay([])).toEqual([]);
  });
});

describe('describeWordChange', () => {
  it('says how much changed in words', () => {
    expect(describeWordChange({ wordsAdded: 12, wordsRemoved: 3 })).toBe('12 words added, 3 removed');
    expect(describeWordChange({ wordsAdded: 1, wordsRemoved: 0 })).toBe('1 word added');
    expect(describeWordChange({ wordsAdded: 0, wordsRemoved: 1200 })).toBe('1,200 words removed');
    expect(describeWordChange({ wordsAdded: 0, wordsRemoved: 0, charactersAdded: 2, charactersRemoved: 1 })).toBe(
      'Small corrections',
    );
    expect(describeWordChange({ wordsAdded: 0, wordsRemoved: 0 })).toBe('Formatting only');
  });
});

describe('sinceLastVisitSummary', () => {
  it('adds up each person’s sessions, keeps a scribe’s apart, and lists each section once', () => {
    const summary = sinceLastVisitSummary([
      session({ credit: writtenBy('sam'), sections: ['Housing'], wordsAdded: 5, endedAt: '2026-05-03T12:00:00Z' }),
      session({ credit: writtenBy('ada'), sections: ['Priority 1', ''], wordsAdded: 10, wordsRemoved: 2 }),
      session({ credit: writtenBy('sam'), sections: ['Transport', 'Housing'], wordsAdded: 3, wordsRemoved: 1 }),
      session({ credit: recordedFor('ada', 'sam'), sections: ['Housing'], wordsAdded: 7 }),
    ]);
    expect(
      summary.map((entry) => [entry.credit, entry.sections, entry.wordsAdded, entry.wordsRemoved, entry.sessions]),
    ).toEqual([
      [writtenBy('sam'), ['Housing', 'Transport'], 8, 1, 2],
      [writtenBy('ada'), ['Priority 1', ''], 10, 2, 1],
      [recordedFor('ada', 'sam'), ['Housing'], 7, 0, 1],
    ]);
  });
});
