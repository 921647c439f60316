import { z } from 'zod';
import { isSectionId } from '../sections/newSectionId.ts';
import { isKnownTimeZone, isMeetingLink } from './workshopChecks.ts';
import { WorkshopLimits } from './workshopLimits.ts';

/** Request bodies of the workshops API: the server validates with these, the client types with them. */

const id = (message: string) => z.string(message).min(1, message).max(100, message);

const workshopTitle = z
  .string('Give the workshop a title.')
  .trim()
  .min(1, 'Give the workshop a title.')
  .max(WorkshopLimits.titleMax, `Workshop titles can be at most ${WorkshopLimits.titleMax} characters.`);

const startsAt = z.iso.datetime({ offset: true, error: 'Enter the date and time the workshop starts.' });

const timeZone = z
  .string('Say which time zone the workshop is planned in.')
  .max(100, 'Roundtable does not know that time zone.')
  .refine(isKnownTimeZone, 'Roundtable does not know that time zone.');

/** Optional text: blank becomes null, so "no place" is one value. */
const blankToNull = (value: string | null | undefined) => (value ? value : null);

const place = z
  .string('Write the place as text.')
  .trim()
  .max(WorkshopLimits.placeMax, `The place can be at most ${WorkshopLimits.placeMax} characters.`)
  .nullable()
  .transform(blankToNull);

const meetingLink = z
  .string('Write the meeting link as text.')
  .trim()
  .max(
    WorkshopLimits.meetingLinkMax,
    `Meeting links can be at most ${WorkshopLimits.meetingLinkMax.toLocaleString('en-GB')} characters.`,
  )
  .nullable()
  .transform(blankToNull)
  .refine(
    (link) => link === null || isMeetingLink(link),
    'Enter the whole meeting link, starting with https:// (or http://).',
  );

const agendaItemTitle = z
  .string('Give the agenda item a title.')
  .trim()
  .min(1, 'Give the agenda item a title.')
  .max(
    WorkshopLimits.agendaItemTitleMax,
    `Agenda item titles can be at most ${WorkshopLimits.agendaItemTitleMax} characters.`,
  );

const durationMinutes = z
  .number('Enter how many minutes the item takes, as a number.')
  .int('Enter a whole number of minutes.')
  .min(WorkshopLimits.durationMinutesMin, 'An item takes at least 1 minute.')
  .max(
    WorkshopLimits.durationMinutesMax,
    `An item can take at most ${WorkshopLimits.durationMinutesMax} minutes (4 hours). Split a longer one in two.`,
  );

/** A heading's stable section id; null for an item about no one section. */
const sectionId = z
  .string('Choose a section of the document.')
  .refine(isSectionId, 'Choose a section of the document.')
  .nullable();

export const agendaItemBody = z.object({
  title: agendaItemTitle,
  durationMinutes,
  sectionId: sectionId.default(null),
});
export type AgendaItemBody = z.input<typeof agendaItemBody>;
export type NewAgendaItem = z.output<typeof agendaItemBody>;

export const createWorkshopBody = z.object({
  documentId: id('Choose the document the workshop is about.'),
  title: workshopTitle,
  startsAt,
  timeZone: timeZone.default('Europe/London'),
  place: place.default(null),
  meetingLink: meetingLink.default(null),
  agenda: z
    .array(agendaItemBody)
    .max(WorkshopLimits.agendaItemsMax, `An agenda can have at most ${WorkshopLimits.agendaItemsMax} items.`)
    .default([]),
});
export type CreateWorkshopBody = z.input<typeof createWorkshopBody>;
export type NewWorkshop = z.output<typeof createWorkshopBody>;

export const updateWorkshopBody = z
  .object({
    documentId: id('Choose the document the workshop is about.').optional(),
    title: workshopTitle.optional(),
    startsAt: startsAt.optional(),
    timeZone: timeZone.optional(),
    place: place.optional(),
    meetingLink: meetingLink.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Nothing to change.');
export type UpdateWorkshopBody = z.input<typeof updateWorkshopBody>;
export type WorkshopChanges = z.output<typeof updateWorkshopBody>;

export const updateAgendaItemBody = z
  .object({
    title: agendaItemTitle.optional(),
    durationMinutes: durationMinutes.optional(),
    sectionId: sectionId.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Nothing to change.');
export type UpdateAgendaItemBody = z.input<typeof updateAgendaItemBody>;
export type AgendaItemChanges = z.output<typeof updateAgendaItemBody>;

/** The agenda's items, every one of them, in their new order. */
export const reorderAgendaBody = z.object({
  itemIds: z
    .array(id('Say which agenda item goes where.'))
    .max(WorkshopLimits.agendaItemsMax, `An agenda can have at most ${WorkshopLimits.agendaItemsMax} items.`),
});
export type ReorderAgendaBody = z.infer<typeof reorderAgendaBody>;
