import { z } from 'zod';
import { type Workshop, workshopStates } from './workshopTypes.ts';

/**
 * Running the room: what leads and facilitators ask the server to do, and the state of a
 * running workshop as everyone sees it. The server is the authority; browsers only ask.
 */

export const runCommands = [
  'start',
  'next',
  'previous',
  'end',
  'start-timer',
  'pause-timer',
  'add-minute',
  'reset-timer',
] as const;
export type RunCommandName = (typeof runCommands)[number];

export const runCommandBody = z.object({
  command: z.enum(
    runCommands,
    'Say what to do: start, next, previous, end, start-timer, pause-timer, add-minute or reset-timer.',
  ),
  /**
   * For next and previous: the item the person saw as current when they pressed. If
   * someone else has moved the room on meanwhile, nothing moves twice.
   */
  fromItemId: z.string('Say which item the workshop was on.').max(100).nullable().optional(),
});
export type RunCommandBody = z.infer<typeof runCommandBody>;

/**
 * The shared timer: running towards a deadline on the server's clock, or paused with
 * what was left. Every screen counts down to the same deadline.
 */
export const workshopTimerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('running'), deadline: z.iso.datetime() }),
  z.object({ status: z.literal('paused'), remainingMs: z.number().int().min(0) }),
]);
export type WorkshopTimer = z.infer<typeof workshopTimerSchema>;

export const workshopRunSchema = z.object({
  workshopId: z.string(),
  documentId: z.string(),
  state: z.enum(workshopStates),
  startedAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  /** The agenda item being worked on; null before the start, or when the item was removed. */
  currentItemId: z.string().nullable(),
  /** Null before the start and after the end. */
  timer: workshopTimerSchema.nullable(),
  /** The server's clock when it sent this, so each device can correct for its own clock being off. */
  serverNow: z.iso.datetime(),
});
export type WorkshopRun = z.infer<typeof workshopRunSchema>;

export interface WorkshopRunResponse {
  run: WorkshopRun;
}

/** The live message everyone with the workshop's document open receives when the room moves on. */
export const workshopRunChangedEvent = z.object({
  event: z.literal('workshop-run-changed'),
  run: workshopRunSchema,
});
export type WorkshopRunChangedEvent = z.infer<typeof workshopRunChangedEvent>;

/**
 * The workshop on a document that its page shows: the one running, else the one planned
 * for today, else one that ended today; null when there is none.
 */
export interface DocumentWorkshopResponse {
  workshop: Workshop | null;
  run: WorkshopRun | null;
  /** Whether the person asking may run workshops in this project. */
  canRun: boolean;
}
