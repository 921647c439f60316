import type { WorkshopTimer } from './workshopRunSchemas.ts';

/** What is left on the shared timer at a moment on the server's clock; never below zero. */
export function timerRemainingMs(timer: WorkshopTimer, serverNow: number): number {
  return timer.status === 'running' ? Math.max(0, Date.parse(timer.deadline) - serverNow) : timer.remainingMs;
}
