import type { WorkshopRun } from '@roundtable/shared';

/**
 * A workshop's running state as this page holds it, with how far the server's clock is
 * ahead of this device's (negative when behind), so every screen counts down to the
 * server's deadline however wrong its own clock is.
 */
export interface LiveRun {
  run: WorkshopRun;
  offsetMs: number;
}

/**
 * The state the server sent at `serverNow`, heard here at `receivedAt` by this device's
 * clock. For a request, pass when it was sent too: the server's moment is taken to fall
 * halfway between.
 */
export function liveRun(run: WorkshopRun, receivedAt: number, sentAt = receivedAt): LiveRun {
  return { run, offsetMs: Date.parse(run.serverNow) - (sentAt + receivedAt) / 2 };
}

/** The later of two states by the server's clock: a slow answer never undoes a newer change. */
export function newerRun(current: LiveRun | null, next: LiveRun): LiveRun {
  if (!current || current.run.workshopId !== next.run.workshopId) return next;
  return Date.parse(next.run.serverNow) >= Date.parse(current.run.serverNow) ? next : current;
}
