import { z } from 'zod';
import { inRoomHandBody } from '../workshops/handSchemas.ts';

/**
 * Time given to a project (reciprocity): time at workshops, recorded from attendance,
 * and hours people add themselves for work between meetings, always shown apart.
 */

export const TIME_ENTRY_MAX_MINUTES = 24 * 60;
export const TIME_ENTRY_DESCRIPTION_MAX = 300;

/** Hours a person adds themselves: the day, how long, and what they did. */
export const addTimeEntryBody = z.object({
  workedOn: z
    .string('Give the day you did the work.')
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the day as a date, for example 2026-11-03.')
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), 'That is not a date on the calendar.'),
  minutes: z
    .number('Give how long you worked, in hours and minutes.')
    .int('Give whole minutes.')
    .min(1, 'Give how long you worked: at least one minute.')
    .max(TIME_ENTRY_MAX_MINUTES, 'One entry can be at most 24 hours. Add each day separately.'),
  description: z
    .string('Say in a few words what you did.')
    .trim()
    .min(1, 'Say in a few words what you did, for example “Read the draft and sent comments”.')
    .max(TIME_ENTRY_DESCRIPTION_MAX, `Keep what you did to ${TIME_ENTRY_DESCRIPTION_MAX} characters or fewer.`),
});
export type AddTimeEntryBody = z.input<typeof addTimeEntryBody>;

export const timeSharingBody = z.object({ shared: z.boolean('Say whether other members may see your time.') });
export type TimeSharingBody = z.input<typeof timeSharingBody>;

/** One workshop a person was at. Times are ISO 8601. */
export interface AttendedWorkshopView {
  workshopId: string;
  title: string;
  /** When the person's time there began and ended. */
  firstAt: string;
  lastAt: string;
  minutes: number;
  /** The time zone the workshop was planned in, to show its times as people in the room saw them. */
  timeZone: string;
  /** A facilitator ticked them as in the room. */
  inRoom: boolean;
}

export interface TimeEntryView {
  id: string;
  workedOn: string;
  minutes: number;
  description: string;
}

/** One person's statement of the time they gave to a project. */
export interface TimeStatementResponse {
  projectName: string;
  person: { id: string; displayName: string };
  workshops: AttendedWorkshopView[];
  entries: TimeEntryView[];
  attendedMinutes: number;
  addedMinutes: number;
  /** Whether they let other members see their time (leads always can). */
  shared: boolean;
  /** When the statement was made, by the server's clock. */
  madeAt: string;
}

export interface GroupTimeRow {
  userId: string;
  displayName: string;
  attendedMinutes: number;
  addedMinutes: number;
  workshops: number;
  shared: boolean;
}

/** The group's time: every member for leads; for other members, only those who share theirs. */
export interface GroupTimeResponse {
  rows: GroupTimeRow[];
  /** Leads see everyone and can download the table. */
  seesEveryone: boolean;
}

/** Ticking someone in the room without a device: a member, or someone known only by name. */
export const tickInRoomBody = z.union([
  z.object({ userId: z.string('Choose who is in the room.').min(1, 'Choose who is in the room.') }),
  inRoomHandBody,
]);
export type TickInRoomBody = z.input<typeof tickInRoomBody>;

export interface RoomAttendee {
  /** The attendance period to end when they leave, while they are ticked. */
  tickedPeriodId: string | null;
  userId: string | null;
  name: string;
  minutes: number;
  /** Their document is open now. */
  onDevice: boolean;
}

/** Who is at a running workshop, for the people running it. */
export interface RoomAttendanceResponse {
  attendees: RoomAttendee[];
  /** Members not here on a device and not ticked: who can be ticked as in the room. */
  notHere: { userId: string; displayName: string }[];
}

/** "1 hour 5 minutes", "45 minutes", "0 minutes". */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (minutes > 0 || hours === 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  return parts.join(' ');
}
