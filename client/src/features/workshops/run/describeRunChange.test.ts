import type { WorkshopRun } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { describeRunChange } from './describeRunChange.ts';

const workshop = {
  title: 'Strategy day',
  agenda: [
    { id: 'welcome', title: 'Welcome' },
    { id: 'housing', title: 'Housing' },
  ].map((item, position) => ({
    ...item,
    position,
    durationMinutes: 10,
    startsAt: '',
    endsAt: '',
    section: null,
  })),
};

const planned: WorkshopRun = {
  workshopId: 'w1',
  documentId: 'd1',
  state: 'planned',
  startedAt: null,
  endedAt: null,
  currentItemId: null,
  timer: null,
  serverNow: '2026-05-12T09:00:00.000Z',
};
const running: WorkshopRun = {
  ...planned,
  state: 'running',
  currentItemId: 'welcome',
  timer: { status: 'paused', remainingMs: 600_000 },
};

describe('what screen readers hear as the room changes', () => {
  it('says the workshop started and ended, and each move to another item', () => {
    expect(describeRunChange(planned, running, workshop)).toBe(
      '“Strategy day” has started. Now on item 1 of 2: Welcome.',
    );
    expect(describeRunChange(running, { ...running, currentItemId: 'housing' }, workshop)).toBe(
      'Now on item 2 of 2: Housing.',
    );
    expect(describeRunChange(running, { ...running, state: 'ended', timer: null }, workshop)).toBe(
      '“Strategy day” has ended.',
    );
  });

  it('says what happened to the timer', () => {
    const timing: WorkshopRun = { ...running, timer: { status: 'running', deadline: '2026-05-12T09:10:00.000Z' } };
    expect(describeRunChange(running, timing, workshop)).toBe('The timer has started.');
    expect(describeRunChange(timing, running, workshop)).toBe('The timer is paused.');
    const later = { ...timing, timer: { status: 'running' as const, deadline: '2026-05-12T09:11:00.000Z' } };
    expect(describeRunChange(timing, later, workshop)).toBe('A minute was added to the timer.');
    const set = { ...running, timer: { status: 'paused' as const, remainingMs: 660_000 } };
    expect(describeRunChange(running, set, workshop)).toBe('The timer is set to 11 minutes.');
    expect(describeRunChange(running, { ...running, serverNow: '2026-05-12T09:01:00.000Z' }, workshop)).toBeNull();
  });
});
