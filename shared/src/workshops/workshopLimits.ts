/** Limits of workshop plans, shared by the client (to warn early) and the server (to enforce). */
export const WorkshopLimits = {
  titleMax: 120,
  placeMax: 200,
  meetingLinkMax: 2000,
  agendaItemTitleMax: 120,
  agendaItemsMax: 30,
  durationMinutesMin: 1,
  durationMinutesMax: 240,
  /** A workshop with no agenda yet is taken to last this long, until its agenda says otherwise. */
  defaultLengthMinutes: 60,
  /** How many of a project's latest workshops are looked at for the days and times they fall on. */
  recentForTimes: 6,
  /** Fewer workshops than this at one time of week is not yet a pattern worth pointing out. */
  sameTimesNoteFrom: 3,
} as const;
