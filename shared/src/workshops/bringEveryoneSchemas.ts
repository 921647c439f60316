import { z } from 'zod';
import { isSectionId } from '../sections/newSectionId.ts';

/**
 * "Bring everyone here": a lead or facilitator takes everyone's view of the workshop's
 * document to one section, found by its heading's stable id.
 */

export const bringEveryoneBody = z.object({
  sectionId: z.string('Choose a section of the document.').refine(isSectionId, 'Choose a section of the document.'),
});
export type BringEveryoneBody = z.input<typeof bringEveryoneBody>;

/** The live message everyone with the workshop's document open hears; each page scrolls there when its person pauses. */
export const everyoneBroughtEvent = z.object({
  event: z.literal('workshop-everyone-brought'),
  /** Tells one request from the next, so the same section asked for twice still moves people. */
  id: z.string(),
  workshopId: z.string(),
  sectionId: z.string(),
  /** The heading's words when they were brought there. */
  sectionTitle: z.string(),
  by: z.object({ id: z.string(), displayName: z.string() }),
});
export type EveryoneBroughtEvent = z.infer<typeof everyoneBroughtEvent>;

export interface BringEveryoneResponse {
  sectionId: string;
  sectionTitle: string;
}
