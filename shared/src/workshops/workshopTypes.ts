/**
 * What the workshops API returns. Times are ISO 8601 strings. A workshop belongs to one
 * document of a project; leads and facilitators plan and run it, every member sees it.
 */

export const workshopStates = ['planned', 'running', 'ended', 'cancelled'] as const;
export type WorkshopState = (typeof workshopStates)[number];

export const partsOfDay = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof partsOfDay)[number];

export interface WorkshopPerson {
  id: string;
  /** Their current name, or "A former member" once they have left the project. */
  displayName: string;
}

/**
 * The section of the document an agenda item is about. Only the heading's stable id is
 * kept; its words are read from the document now, so a renamed heading shows its new
 * name, and a removed one shows `title: null`.
 */
export interface AgendaSection {
  sectionId: string;
  title: string | null;
  level: number | null;
}

export interface AgendaItem {
  id: string;
  /** 0 for the first item. */
  position: number;
  title: string;
  durationMinutes: number;
  /** When the item is planned to start and end: the workshop's start plus the items before it. */
  startsAt: string;
  endsAt: string;
  section: AgendaSection | null;
}

export interface WorkshopSummary {
  id: string;
  projectId: string;
  documentId: string;
  documentTitle: string;
  title: string;
  startsAt: string;
  /** The planned end: the start plus the agenda's minutes (an hour while it has no agenda). */
  endsAt: string;
  /** The time zone it was planned in (IANA name), which says which weekday and time of day it falls on. */
  timeZone: string;
  place: string | null;
  /** An http or https link to the online meeting. */
  meetingLink: string | null;
  state: WorkshopState;
  createdBy: WorkshopPerson;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  agendaItemCount: number;
  agendaMinutes: number;
}

export interface Workshop extends WorkshopSummary {
  agenda: AgendaItem[];
  /** While it runs, the agenda item being worked on. */
  currentItemId: string | null;
}

/** When one of the project's recent workshops fell (or falls), in the time zone it was planned in. */
export interface WorkshopTime {
  workshopId: string;
  title: string;
  startsAt: string;
  /** "Tuesday". */
  weekday: string;
  partOfDay: PartOfDay;
}

export interface WorkshopTimes {
  /** The project's latest workshops that were not cancelled, latest first. */
  recent: WorkshopTime[];
  /** A plain-English note when they all fall on the same weekday or time of day; null otherwise. */
  note: string | null;
}

export interface WorkshopsResponse {
  /** Planned and not yet over, soonest first. */
  coming: WorkshopSummary[];
  running: WorkshopSummary[];
  /** Ended, and planned ones whose time has gone without them being run; latest first. */
  past: WorkshopSummary[];
  /** Latest first. */
  cancelled: WorkshopSummary[];
  /** Whether the person asking may plan and run workshops here. */
  canRun: boolean;
  times: WorkshopTimes;
}

export interface WorkshopResponse {
  workshop: Workshop;
  canRun: boolean;
}

/** A heading of a document, by its stable section id. */
export interface DocumentSection {
  sectionId: string;
  title: string;
  level: number;
}

export interface DocumentSectionsResponse {
  sections: DocumentSection[];
}
