import type { WorkshopState } from '@roundtable/shared';

/**
 * A workshop on one document of a project. Times are milliseconds since the epoch.
 * The last three fields are for running the room; they stay null until it runs.
 */
export interface WorkshopRecord {
  id: string;
  projectId: string;
  documentId: string;
  title: string;
  startsAt: number;
  /** The IANA time zone it was planned in, for the weekday and time of day it falls on. */
  timeZone: string;
  place: string | null;
  meetingLink: string | null;
  createdBy: string;
  createdAt: number;
  state: WorkshopState;
  startedAt: number | null;
  endedAt: number | null;
  /** While it runs: the agenda item being worked on (null before the first, or once removed). */
  currentItemId: string | null;
  /** While the shared timer runs: when it reaches zero, by the server's clock. */
  timerDeadline: number | null;
  /** While the shared timer is paused: what was left on it. */
  timerPausedRemainingMs: number | null;
}

export type WorkshopChange = Partial<Omit<WorkshopRecord, 'id' | 'projectId' | 'createdBy' | 'createdAt'>>;

/** The part of a workshop that running it changes. */
export type WorkshopRunRecord = Pick<
  WorkshopRecord,
  'state' | 'startedAt' | 'endedAt' | 'currentItemId' | 'timerDeadline' | 'timerPausedRemainingMs'
>;

export interface AgendaItemRecord {
  id: string;
  workshopId: string;
  /** 0 for the first item; an agenda's positions run 0, 1, 2 … with no gaps. */
  position: number;
  title: string;
  durationMinutes: number;
  /** A heading's stable section id in the workshop's document, or null. */
  sectionId: string | null;
}

export type AgendaItemChange = Partial<Pick<AgendaItemRecord, 'title' | 'durationMinutes' | 'sectionId'>>;

/**
 * Workshops and their agendas. Changes to one agenda are made one at a time, so two
 * facilitators editing at once never leave gaps or duplicates in its order. Every store
 * passes WorkshopStore.contract.test.ts.
 */
export interface WorkshopStore {
  /** The workshop with its first agenda items (positions taken from their order). */
  createWorkshop(workshop: WorkshopRecord, agenda: Omit<AgendaItemRecord, 'position'>[]): Promise<void>;
  findWorkshop(id: string): Promise<WorkshopRecord | undefined>;
  /** The project's workshops in order of their start. */
  listWorkshops(projectId: string): Promise<WorkshopRecord[]>;
  updateWorkshop(id: string, change: WorkshopChange): Promise<void>;
  /**
   * Sets how the workshop is running to `to`, only if it is still exactly `from`; false,
   * changing nothing, when someone changed it meanwhile (or it is gone). Two facilitators
   * pressing Next together, even on different processes, move the room once.
   */
  changeRun(id: string, from: WorkshopRunRecord, to: WorkshopRunRecord): Promise<boolean>;
  /** Removes the workshop and its agenda. */
  deleteWorkshop(id: string): Promise<void>;

  /** One workshop's agenda, in order. */
  listAgendaItems(workshopId: string): Promise<AgendaItemRecord[]>;
  /** Every agenda item of the project's workshops, each agenda in order. */
  listProjectAgendaItems(projectId: string): Promise<AgendaItemRecord[]>;
  /** Adds the item at the end, unless the agenda already has `limit` items: then false. */
  appendAgendaItem(item: Omit<AgendaItemRecord, 'position'>, limit: number): Promise<boolean>;
  updateAgendaItem(id: string, change: AgendaItemChange): Promise<void>;
  /** Removes the item, closing the gap it leaves in the order. */
  removeAgendaItem(workshopId: string, itemId: string): Promise<void>;
  /**
   * Puts the agenda in the order given. False, changing nothing, unless the ids are
   * exactly the agenda's items (someone may have added or removed one meanwhile).
   */
  reorderAgendaItems(workshopId: string, itemIds: readonly string[]): Promise<boolean>;
  /** Every item of the agenda stops pointing to a section (its document changed). */
  clearAgendaSections(workshopId: string): Promise<void>;
}
