import { WorkshopRunLimits } from './workshopRunLimits.ts';
import type { RunCommandName } from './workshopRunSchemas.ts';
import type { WorkshopState } from './workshopTypes.ts';

const MINUTE_MS = 60 * 1000;

/** A workshop's running state, times in milliseconds since the epoch on the server's clock. */
export interface RunState {
  state: WorkshopState;
  startedAt: number | null;
  endedAt: number | null;
  currentItemId: string | null;
  /** While the timer runs: when it reaches zero. */
  timerDeadline: number | null;
  /** While the timer is paused: what is left on it. */
  timerPausedRemainingMs: number | null;
}

export interface RunCommand {
  command: RunCommandName;
  /** For next and previous: the item the person saw as current. */
  fromItemId?: string | null | undefined;
}

export type RunOutcome = { ok: true; run: RunState } | { ok: false; reason: string };

interface AgendaEntry {
  id: string;
  durationMinutes: number;
}

const refuse = (reason: string): RunOutcome => ({ ok: false, reason });
const ok = (run: RunState): RunOutcome => ({ ok: true, run });

/** The timer for an item, ready to start: its planned minutes, or the default when there is no item. */
function timerFor(itemId: string | null, agenda: readonly AgendaEntry[]) {
  const item = agenda.find((entry) => entry.id === itemId);
  const minutes = item?.durationMinutes ?? WorkshopRunLimits.defaultTimerMinutes;
  return { timerDeadline: null, timerPausedRemainingMs: minutes * MINUTE_MS };
}

/** What is left on the timer at `now`; a timer never set holds its item's full minutes. */
function remainingMs(run: RunState, agenda: readonly AgendaEntry[], now: number): number {
  if (run.timerDeadline !== null) return Math.max(0, run.timerDeadline - now);
  return run.timerPausedRemainingMs ?? timerFor(run.currentItemId, agenda).timerPausedRemainingMs;
}

function notRunning(state: WorkshopState): string {
  if (state === 'planned') return 'This workshop has not started yet. Start it first.';
  if (state === 'ended') return 'This workshop has ended.';
  return 'This workshop was cancelled.';
}

function start(run: RunState, agenda: readonly AgendaEntry[], now: number): RunOutcome {
  if (run.state === 'running') return refuse('This workshop has already started.');
  if (run.state === 'ended')
    return refuse('This workshop has ended, so it cannot start again. To meet again, plan a new workshop.');
  if (run.state === 'cancelled') {
    return refuse('This workshop was cancelled, so it cannot start. To meet, plan a new workshop.');
  }
  const first = agenda[0]?.id ?? null;
  return ok({ state: 'running', startedAt: now, endedAt: null, currentItemId: first, ...timerFor(first, agenda) });
}

function move(run: RunState, command: RunCommand, agenda: readonly AgendaEntry[]): RunOutcome {
  if (command.fromItemId !== undefined && command.fromItemId !== run.currentItemId) {
    return refuse('Someone else has just moved the workshop to another item. Check which item it is on now.');
  }
  if (agenda.length === 0) return refuse('This workshop has no agenda items to move between.');
  const index = agenda.findIndex((item) => item.id === run.currentItemId);
  // An item removed while it was current leaves no place to move from: start again at the top.
  const target = index === -1 ? agenda[0] : agenda[command.command === 'next' ? index + 1 : index - 1];
  if (!target) {
    return refuse(
      command.command === 'next'
        ? 'This is the last item on the agenda. End the workshop when you are ready.'
        : 'This is the first item on the agenda.',
    );
  }
  return ok({ ...run, currentItemId: target.id, ...timerFor(target.id, agenda) });
}

function changeTimer(run: RunState, command: RunCommandName, agenda: readonly AgendaEntry[], now: number): RunOutcome {
  const left = remainingMs(run, agenda, now);
  const running = run.timerDeadline !== null;
  switch (command) {
    case 'start-timer':
      // Two people pressing Start at once start it once.
      if (running) return ok(run);
      if (left === 0) return refuse('Time is up on the timer. Add a minute or reset it first.');
      return ok({ ...run, timerDeadline: now + left, timerPausedRemainingMs: null });
    case 'pause-timer':
      if (!running) return ok(run);
      return ok({ ...run, timerDeadline: null, timerPausedRemainingMs: left });
    case 'add-minute': {
      const more = left + WorkshopRunLimits.addedMs;
      if (more > WorkshopRunLimits.timerMaxMinutes * MINUTE_MS) {
        return refuse(`The timer can hold at most ${WorkshopRunLimits.timerMaxMinutes / 60} hours.`);
      }
      return ok(
        running
          ? { ...run, timerDeadline: now + more, timerPausedRemainingMs: null }
          : { ...run, timerDeadline: null, timerPausedRemainingMs: more },
      );
    }
    default:
      return ok({ ...run, ...timerFor(run.currentItemId, agenda) });
  }
}

/**
 * What a lead's or facilitator's command does to a workshop, or why it cannot, in plain
 * words. Pure: the server applies it to what is stored and keeps the result.
 *
 * Starting goes to the first agenda item; moving to an item sets the timer to that item's
 * minutes, paused, for the facilitator to start when the group is ready. Ending stops the
 * timer. Only a planned workshop can start, and an ended or cancelled one never again.
 */
export function applyRunCommand(
  run: RunState,
  command: RunCommand,
  agenda: readonly AgendaEntry[],
  now: number,
): RunOutcome {
  if (command.command === 'start') return start(run, agenda, now);
  if (run.state !== 'running') {
    if (command.command === 'end' && run.state === 'planned') {
      return refuse('This workshop has not started, so there is nothing to end. Cancel it if it will not happen.');
    }
    return refuse(notRunning(run.state));
  }
  switch (command.command) {
    case 'next':
    case 'previous':
      return move(run, command, agenda);
    case 'end':
      return ok({ ...run, state: 'ended', endedAt: now, timerDeadline: null, timerPausedRemainingMs: null });
    default:
      return changeTimer(run, command.command, agenda, now);
  }
}
