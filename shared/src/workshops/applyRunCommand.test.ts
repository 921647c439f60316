import { describe, expect, it } from 'vitest';
import { applyRunCommand, type RunOutcome, type RunState } from './applyRunCommand.ts';
import { timerRemainingMs } from './timerRemainingMs.ts';

const now = Date.parse('2026-05-12T09:30:00Z');
const minutes = (n: number) => n * 60 * 1000;
const agenda = [
  { id: 'welcome', durationMinutes: 10 },
  { id: 'housing', durationMinutes: 45 },
  { id: 'next-steps', durationMinutes: 5 },
];
const planned: RunState = {
  state: 'planned',
  startedAt: null,
  endedAt: null,
  currentItemId: null,
  timerDeadline: null,
  timerPausedRemainingMs: null,
};

function accepted(outcome: RunOutcome): RunState {
  if (!outcome.ok) throw new Error(`Refused: ${outcome.reason}`);
  return outcome.run;
}

function refusal(outcome: RunOutcome): string {
  if (outcome.ok) throw new Error('Accepted');
  return outcome.reason;
}

const running = accepted(applyRunCommand(planned, { command: 'start' }, agenda, now));

describe('running a workshop', () => {
  it('starts on the first item with its minutes on the timer, ready to start', () => {
    expect(running).toEqual({
      state: 'running',
      startedAt: now,
      endedAt: null,
      currentItemId: 'welcome',
      timerDeadline: null,
      timerPausedRemainingMs: minutes(10),
    });
    const empty = accepted(applyRunCommand(planned, { command: 'start' }, [], now));
    expect(empty).toMatchObject({ currentItemId: null, timerPausedRemainingMs: minutes(5) });
  });

  it('moves to the next and previous item, each setting the timer to its own minutes', () => {
    const second = accepted(applyRunCommand(running, { command: 'next', fromItemId: 'welcome' }, agenda, now));
    expect(second).toMatchObject({
      currentItemId: 'housing',
      timerDeadline: null,
      timerPausedRemainingMs: minutes(45),
    });
    const back = accepted(applyRunCommand(second, { command: 'previous', fromItemId: 'housing' }, agenda, now));
    expect(back).toMatchObject({ currentItemId: 'welcome', timerPausedRemainingMs: minutes(10) });
    const third = accepted(applyRunCommand(second, { command: 'next' }, agenda, now));
    expect(refusal(applyRunCommand(third, { command: 'next' }, agenda, now))).toBe(
      'This is the last item on the agenda. End the workshop when you are ready.',
    );
    expect(refusal(applyRunCommand(running, { command: 'previous' }, agenda, now))).toBe(
      'This is the first item on the agenda.',
    );
  });

  it('moves once when two people press Next together', () => {
    const second = accepted(applyRunCommand(running, { command: 'next', fromItemId: 'welcome' }, agenda, now));
    expect(refusal(applyRunCommand(second, { command: 'next', fromItemId: 'welcome' }, agenda, now))).toBe(
      'Someone else has just moved the workshop to another item. Check which item it is on now.',
    );
  });

  it('goes back to the top when the current item was removed', () => {
    const lost = { ...running, currentItemId: null };
    expect(accepted(applyRunCommand(lost, { command: 'next', fromItemId: null }, agenda, now)).currentItemId).toBe(
      'welcome',
    );
  });

  it('runs, pauses, adds a minute to and resets the timer against the server clock', () => {
    const started = accepted(applyRunCommand(running, { command: 'start-timer' }, agenda, now));
    expect(started).toMatchObject({ timerDeadline: now + minutes(10), timerPausedRemainingMs: null });
    expect(accepted(applyRunCommand(started, { command: 'start-timer' }, agenda, now + 5000))).toEqual(started);

    const paused = accepted(applyRunCommand(started, { command: 'pause-timer' }, agenda, now + minutes(4)));
    expect(paused).toMatchObject({ timerDeadline: null, timerPausedRemainingMs: minutes(6) });
    const more = accepted(applyRunCommand(paused, { command: 'add-minute' }, agenda, now + minutes(30)));
    expect(more.timerPausedRemainingMs).toBe(minutes(7));

    const resumed = accepted(applyRunCommand(more, { command: 'start-timer' }, agenda, now + minutes(30)));
    expect(resumed.timerDeadline).toBe(now + minutes(37));
    // Past zero, a minute more counts from now, not from the deadline that has gone.
    const late = accepted(applyRunCommand(resumed, { command: 'add-minute' }, agenda, now + minutes(40)));
    expect(late.timerDeadline).toBe(now + minutes(41));

    const reset = accepted(applyRunCommand(late, { command: 'reset-timer' }, agenda, now + minutes(40)));
    expect(reset).toMatchObject({ timerDeadline: null, timerPausedRemainingMs: minutes(10) });
  });

  it('will not start a timer with no time left, nor hold more than four hours', () => {
    const atZero = { ...running, timerPausedRemainingMs: 0 };
    expect(refusal(applyRunCommand(atZero, { command: 'start-timer' }, agenda, now))).toBe(
      'Time is up on the timer. Add a minute or reset it first.',
    );
    const full = { ...running, timerPausedRemainingMs: minutes(240) };
    expect(refusal(applyRunCommand(full, { command: 'add-minute' }, agenda, now))).toBe(
      'The timer can hold at most 4 hours.',
    );
  });

  it('ends, stopping the timer, and never starts again', () => {
    const ended = accepted(applyRunCommand(running, { command: 'end' }, agenda, now + minutes(90)));
    expect(ended).toMatchObject({
      state: 'ended',
      startedAt: now,
      endedAt: now + minutes(90),
      timerDeadline: null,
      timerPausedRemainingMs: null,
    });
    expect(refusal(applyRunCommand(ended, { command: 'start' }, agenda, now))).toBe(
      'This workshop has ended, so it cannot start again. To meet again, plan a new workshop.',
    );
    expect(refusal(applyRunCommand(ended, { command: 'next' }, agenda, now))).toBe('This workshop has ended.');
    const cancelled = { ...planned, state: 'cancelled' as const };
    expect(refusal(applyRunCommand(cancelled, { command: 'start' }, agenda, now))).toBe(
      'This workshop was cancelled, so it cannot start. To meet, plan a new workshop.',
    );
    expect(refusal(applyRunCommand(planned, { command: 'start-timer' }, agenda, now))).toBe(
      'This workshop has not started yet. Start it first.',
    );
    expect(refusal(applyRunCommand(planned, { command: 'end' }, agenda, now))).toBe(
      'This workshop has not started, so there is nothing to end. Cancel it if it will not happen.',
    );
    expect(refusal(applyRunCommand(running, { command: 'start' }, agenda, now))).toBe(
      'This workshop has already started.',
    );
  });

  it('reads what is left on the timer, never below zero', () => {
    const deadline = new Date(now + 90_000).toISOString();
    expect(timerRemainingMs({ status: 'running', deadline }, now)).toBe(90_000);
    expect(timerRemainingMs({ status: 'running', deadline }, now + 120_000)).toBe(0);
    expect(timerRemainingMs({ status: 'paused', remainingMs: 4000 }, now)).toBe(4000);
  });
});
