/** The shared timer's numbers, shared by the server (to enforce) and the client (to show). */
export const WorkshopRunLimits = {
  /** What the timer is set to when there is no current item to take the minutes from. */
  defaultTimerMinutes: 5,
  /** The timer never holds more than this (4 hours, like the longest agenda item). */
  timerMaxMinutes: 240,
  /** What "Add a minute" adds. */
  addedMs: 60 * 1000,
  /** From this much left, the timer shows that time is nearly up, and says so once. */
  nearlyUpMs: 60 * 1000,
} as const;
