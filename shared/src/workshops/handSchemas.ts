import { z } from 'zod';
import { displayNameMessages, displayNameProblem, trimDisplayName } from '../people/displayName.ts';

/**
 * Hands in a running workshop: people ask to speak, and the facilitator calls them in
 * turn. The queue is in the order hands went up.
 */

/** What is wrong with a name typed for someone in the room, said about them rather than "your name". */
const inRoomNameMessages: Record<string, string> = {
  [displayNameMessages.missing]: 'Type the name of the person in the room.',
  [displayNameMessages.unreadable]: 'The name has a character that could not be read. Type it again.',
  [displayNameMessages.controlCharacters]:
    'Type the name on one line, without tabs or other hidden control characters.',
  [displayNameMessages.directionControls]:
    'The name cannot contain characters that change the direction of text. Type it without them.',
  [displayNameMessages.invisible]: 'The name needs at least one letter, number or other character that people can see.',
};

/** Someone in the room without a device, added to the queue by the facilitator under the name they type. */
export const inRoomHandBody = z.object({
  name: z
    .string('Type the name of the person in the room.')
    .superRefine((name, context) => {
      const problem = displayNameProblem(name);
      if (problem !== null) context.addIssue({ code: 'custom', message: inRoomNameMessages[problem] ?? problem });
    })
    .transform(trimDisplayName),
});
export type InRoomHandBody = z.input<typeof inRoomHandBody>;

/** One raised hand, as everyone sees it in the queue. */
export const handView = z.object({
  id: z.string(),
  /** The member whose hand it is; null for someone in the room without a device. */
  userId: z.string().nullable(),
  /** Their name now, or the name the facilitator typed for someone in the room. */
  name: z.string(),
  /** Added by the facilitator for someone in the room without a device. */
  inRoom: z.boolean(),
  raisedAt: z.string(),
  /** Whether they have already been called to speak in this workshop. */
  hasSpoken: z.boolean(),
});
export type HandView = z.infer<typeof handView>;

export const handChangeKinds = ['raised', 'lowered', 'called', 'added'] as const;
export type HandChangeKind = (typeof handChangeKinds)[number];

/**
 * The live message everyone with the workshop's document open hears when its hands
 * change: what happened, who did it, and the whole queue as it is now.
 */
export const handsChangedEvent = z.object({
  event: z.literal('workshop-hands-changed'),
  workshopId: z.string(),
  kind: z.enum(handChangeKinds),
  hand: handView,
  by: z.object({ id: z.string(), displayName: z.string() }),
  hands: z.array(handView),
});
export type HandsChangedEvent = z.infer<typeof handsChangedEvent>;

export interface HandsResponse {
  workshopId: string;
  /** Hands can go up only while the workshop runs; the queue is empty otherwise. */
  running: boolean;
  /** In the order they went up. */
  hands: HandView[];
  /** Whether the person asking may call people, lower others' hands and add people in the room. */
  canManage: boolean;
}
