import { z } from 'zod';
import { AccessNeedsLimits, accessNeeds } from './accessNeeds.ts';

const CONSENT_MESSAGE = 'Tick the box to say Roundtable may keep this and show it to leads and facilitators.';

/**
 * PUT /api/account/access-needs. Nothing is kept without the person's consent, so the
 * consent box must be ticked every time it is saved.
 */
export const saveAccessNeedsBody = z
  .object({
    needs: z
      .array(
        z.enum(accessNeeds, 'Choose from the list of things that help.'),
        'Choose from the list of things that help.',
      )
      .max(accessNeeds.length, 'Choose each thing that helps once.')
      .refine((needs) => new Set(needs).size === needs.length, 'Choose each thing that helps once.')
      .default([]),
    otherNeeds: z
      .string('Write anything else that helps as text.')
      .trim()
      .max(
        AccessNeedsLimits.otherNeedsMax,
        `Anything else that helps can be at most ${AccessNeedsLimits.otherNeedsMax} characters.`,
      )
      .default(''),
    consent: z.literal(true, CONSENT_MESSAGE),
    showName: z.boolean('Say whether leads and facilitators may see your name.').default(false),
  })
  .refine((body) => body.needs.length > 0 || body.otherNeeds !== '', {
    path: ['needs'],
    message: 'Tick at least one thing that helps, or write what helps you.',
  });
export type SaveAccessNeedsBody = z.input<typeof saveAccessNeedsBody>;
export type AccessNeedsToSave = z.output<typeof saveAccessNeedsBody>;
