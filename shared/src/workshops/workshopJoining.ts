import { z } from 'zod';
import { perspectiveSchema, signUpBody } from '../api/apiSchemas.ts';
import { displayNameSchema } from '../people/displayName.ts';
import type { Perspective } from '../people/perspectives.ts';

/**
 * Joining a workshop through its link or QR code: many people can use one link until
 * the workshop's planned end, each asks to join and waits, and a facilitator or lead
 * lets each one in (or not). Nobody becomes a member without that click.
 */

export const WorkshopJoinLimits = {
  /** How many people one link lets ask to join, unless the facilitator says otherwise. */
  defaultMaxUses: 40,
  maxUsesMin: 1,
  maxUsesMax: 500,
  /** How often the waiting page and the facilitator's list ask the server again. */
  pollMs: 3000,
  /** Failed attempts to join from one address before each further one waits (a room may share one address). */
  freeAttemptsPerAddress: 30,
  /** Failed attempts to join through one link before each further one waits. */
  freeAttemptsPerLink: 100,
  attemptFirstDelayMs: 2000,
  attemptLongestDelayMs: 5 * 60 * 1000,
  /** A run of attempts is forgotten once none has come for this long. */
  attemptMemoryMs: 15 * 60 * 1000,
  /** Longest link token looked up; anything longer is not one of ours. */
  tokenMax: 200,
} as const;

export const maxUsesSchema = z
  .number('Say how many people can use the link, as a number.')
  .int('Say how many people can use the link, as a whole number.')
  .min(WorkshopJoinLimits.maxUsesMin, 'At least one person must be able to use the link.')
  .max(WorkshopJoinLimits.maxUsesMax, `A link can be used by at most ${WorkshopJoinLimits.maxUsesMax} people.`);

/** A facilitator or lead makes the workshop's link. Making one stops any earlier link of the workshop. */
export const createWorkshopLinkBody = z.object({
  maxUses: maxUsesSchema.default(WorkshopJoinLimits.defaultMaxUses),
});
export type CreateWorkshopLinkBody = z.input<typeof createWorkshopLinkBody>;

export const updateWorkshopLinkBody = z.object({ maxUses: maxUsesSchema });
export type UpdateWorkshopLinkBody = z.infer<typeof updateWorkshopLinkBody>;

export const joinMessages = {
  passwordWithoutEmail: 'Add your email address too, or leave the password empty.',
  emailWithoutPassword: 'Choose a password too, or leave the email address empty.',
  nameTooLike:
    'Someone in this workshop or project already has this name, or one that looks very like it. Add something to tell you apart, such as the first letter of your surname.',
} as const;

/**
 * Someone new asks to join: their name (checked like every display name, and refused
 * when it looks like the name of someone already there), their perspective and, if they
 * want to come back later, an email address and password.
 */
export const joinWorkshopAsNewBody = z
  .object({
    displayName: displayNameSchema,
    perspective: perspectiveSchema,
    email: signUpBody.shape.email.optional(),
    password: signUpBody.shape.password.optional(),
  })
  .superRefine((body, context) => {
    if (body.email !== undefined && body.password === undefined) {
      context.addIssue({ code: 'custom', path: ['password'], message: joinMessages.emailWithoutPassword });
    }
    if (body.password !== undefined && body.email === undefined) {
      context.addIssue({ code: 'custom', path: ['email'], message: joinMessages.passwordWithoutEmail });
    }
  });
export type JoinWorkshopAsNewBody = z.input<typeof joinWorkshopAsNewBody>;
export type JoinWorkshopAsNewDetails = z.output<typeof joinWorkshopAsNewBody>;

/** Someone signed in asks to join under their own name. */
export const joinWorkshopSignedInBody = z.object({ perspective: perspectiveSchema });
export type JoinWorkshopSignedInBody = z.infer<typeof joinWorkshopSignedInBody>;

/** Where an asking person stands. */
export const joinRequestStates = ['waiting', 'admitted', 'turned-away', 'withdrawn', 'link-closed'] as const;
export type JoinRequestState = (typeof joinRequestStates)[number];

/** What the link's holder may see before joining: which workshop it is for, and until when it works. */
export interface WorkshopLinkPreview {
  workshopTitle: string;
  projectName: string;
  startsAt: string;
  /** The workshop's planned end, when the link stops working. */
  worksUntil: string;
  timeZone: string;
  place: string | null;
  /** For someone signed in who is already in the project: where the workshop's document is. */
  alreadyIn: JoinDestination | null;
}

export interface WorkshopLinkPreviewResponse {
  preview: WorkshopLinkPreview;
}

export interface JoinDestination {
  projectId: string;
  workshopId: string;
  documentId: string;
}

/** The person asking, as they see their own request on the waiting page. */
export interface JoinWaitingResponse {
  state: JoinRequestState;
  displayName: string;
  workshopTitle: string;
  projectName: string;
  askedAt: string;
}

/** Once let in: where to go, and until when this device stays signed in. */
export interface JoinEnterResponse {
  destination: JoinDestination;
  /** This device's sign-in ends with the workshop; null when the person has a password to come back with. */
  signedInUntil: string | null;
}

export interface WorkshopLinkView {
  id: string;
  createdBy: { id: string; displayName: string };
  createdAt: string;
  /** The workshop's planned end, when the link stops working. */
  worksUntil: string;
  maxUses: number;
  /** People who have asked to join through it. */
  uses: number;
}

/** Where links point, and whether phones in the room can reach it. */
export interface WorkshopLinkAddress {
  origin: string;
  /** False when the server only knows itself as localhost (PUBLIC_ORIGIN is not set). */
  reachableFromOtherDevices: boolean;
}

/** A link just made: the only time its full address is known, since only a hash of its secret is kept. */
export interface MadeWorkshopLinkResponse {
  link: WorkshopLinkView;
  url: string;
  address: WorkshopLinkAddress;
}

export interface JoinRequestView {
  id: string;
  displayName: string;
  perspective: Perspective;
  /** Already has a Roundtable account (asked while signed in). */
  hasAccount: boolean;
  /** Gave an email and password, so can come back after the workshop. */
  canComeBack: boolean;
  askedAt: string;
}

export interface JoinedPersonView {
  userId: string;
  displayName: string;
  perspective: Perspective;
  joinedAt: string;
}

/** The workshop's joining as its facilitators see it. */
export interface WorkshopJoiningResponse {
  /** The link that works now, if any. */
  link: WorkshopLinkView | null;
  address: WorkshopLinkAddress;
  /** Whether a link can be made now: not once the workshop is over, ended or cancelled. */
  canMakeLink: boolean;
  /** In the order they asked. */
  waiting: JoinRequestView[];
  /** People let in through this workshop's links who are still in the project. */
  joined: JoinedPersonView[];
}

/** The path of a workshop link on the site: the link's address is the public origin plus this. */
export const workshopJoinPath = (token: string) => `/join/${encodeURIComponent(token)}`;
