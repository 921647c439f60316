import type { Workshop } from '@roundtable/shared';
import { browserTimeZone, fromDateAndTimeFields, toDateAndTimeFields } from './formatWorkshopTime.ts';
import type { WorkshopDetailsValues } from './WorkshopDetailsFields.tsx';

/** What the details fields send: the start as a moment, in the time zone the person planned it in. */
export function workshopDetailsBody(values: WorkshopDetailsValues) {
  return {
    title: values.title,
    documentId: values.documentId,
    startsAt: fromDateAndTimeFields(values.date, values.time),
    timeZone: browserTimeZone(),
    place: values.place,
    meetingLink: values.meetingLink,
  };
}

/** The details fields filled in from a saved workshop. */
export function detailsValuesOf(workshop: Workshop): WorkshopDetailsValues {
  return {
    title: workshop.title,
    documentId: workshop.documentId,
    ...toDateAndTimeFields(workshop.startsAt),
    place: workshop.place ?? '',
    meetingLink: workshop.meetingLink ?? '',
  };
}
