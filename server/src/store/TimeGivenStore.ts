/**
 * A stretch of time someone was at a running workshop. Times are milliseconds since the
 * epoch. Exactly one of `userId` and `inRoomName` is set.
 */
export interface AttendancePeriodRecord {
  id: string;
  workshopId: string;
  userId: string | null;
  /** Someone in the room without an account, as the facilitator typed their name. */
  inRoomName: string | null;
  /** 'device': the workshop's document was open; 'in-room': a facilitator ticked them. */
  source: 'device' | 'in-room';
  fromAt: number;
  /** Null while the period lasts. */
  toAt: number | null;
  /** When the server holding the connection last knew it open. */
  seenAt: number;
  tickedBy: string | null;
}

/** Hours a person adds themselves for work between meetings. */
export interface TimeEntryRecord {
  id: string;
  projectId: string;
  userId: string;
  /** YYYY-MM-DD, the day the person gave. */
  workedOn: string;
  minutes: number;
  description: string;
  createdAt: number;
}

/**
 * Time given to projects: attendance at workshops, hours people add themselves, and who
 * lets other members see theirs. Every store passes TimeGivenStore.contract.test.ts.
 */
export interface TimeGivenStore {
  openPeriod(period: AttendancePeriodRecord): Promise<void>;
  /** Ends the period at `toAt`, unless it has ended already. */
  closePeriod(id: string, toAt: number): Promise<void>;
  /** Notes that these periods are still going on. */
  markSeen(ids: readonly string[], seenAt: number): Promise<void>;
  /** Ends every period of people ticked as in the room that is still going on. */
  closeInRoomPeriods(workshopId: string, toAt: number): Promise<void>;
  /** The workshop's periods, earliest first. */
  listPeriods(workshopId: string): Promise<AttendancePeriodRecord[]>;

  addEntry(entry: TimeEntryRecord): Promise<void>;
  /** The project's entries (only one person's, when `userId` is given), earliest day first. */
  listEntries(projectId: string, userId?: string): Promise<TimeEntryRecord[]>;
  /** Removes one of the person's own entries: false when there was no such entry of theirs. */
  removeEntry(projectId: string, userId: string, entryId: string): Promise<boolean>;

  setSharing(projectId: string, userId: string, shared: boolean, at: number): Promise<void>;
  /** The members of the project who let other members see the time they gave. */
  listSharing(projectId: string): Promise<string[]>;
}
