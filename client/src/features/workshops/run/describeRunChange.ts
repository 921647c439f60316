import type { Workshop, WorkshopRun } from '@roundtable/shared';
import { countdownInWords } from './formatCountdown.ts';

function itemWords(workshop: Pick<Workshop, 'agenda'>, itemId: string | null): string {
  const index = workshop.agenda.findIndex((item) => item.id === itemId);
  const item = workshop.agenda[index];
  return item ? `item ${index + 1} of ${workshop.agenda.length}: ${item.title}.` : '';
}

/**
 * What a screen reader user is told when the room changes: the start, each move to
 * another item, the timer starting, pausing or changing, and the end. Short and plain;
 * null when there is nothing worth saying.
 */
export function describeRunChange(
  before: WorkshopRun | null,
  after: WorkshopRun,
  workshop: Pick<Workshop, 'title' | 'agenda'>,
): string | null {
  if (after.state === 'ended' && before?.state !== 'ended') return `“${workshop.title}” has ended.`;
  if (after.state !== 'running') return null;
  if (before?.state !== 'running') {
    const item = itemWords(workshop, after.currentItemId);
    return `“${workshop.title}” has started.${item ? ` Now on ${item}` : ''}`;
  }
  if (before.currentItemId !== after.currentItemId) return `Now on ${itemWords(workshop, after.currentItemId)}`;
  const was = before.timer;
  const is = after.timer;
  if (!is || !was) return null;
  if (was.status === 'paused' && is.status === 'running') return 'The timer has started.';
  if (was.status === 'running' && is.status === 'paused') return 'The timer is paused.';
  if (was.status === 'running' && is.status === 'running' && was.deadline !== is.deadline) {
    return 'A minute was added to the timer.';
  }
  if (was.status === 'paused' && is.status === 'paused' && was.remainingMs !== is.remainingMs) {
    return `The timer is set to ${countdownInWords(is.remainingMs)}.`;
  }
  return null;
}
