import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { AttendancePeriodRecord, TimeEntryRecord, TimeGivenStore } from '../TimeGivenStore.ts';

type PeriodRow = DatabaseSchema['workshop_attendance'];
type EntryRow = DatabaseSchema['time_entries'];

/** Attendance, hours people add themselves, and who shares their time, over Kysely. */
export class KyselyTimeGivenStore implements TimeGivenStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async openPeriod(period: AttendancePeriodRecord): Promise<void> {
    await this.db
      .insertInto('workshop_attendance')
      .values({
        id: period.id,
        workshop_id: period.workshopId,
        user_id: period.userId,
        in_room_name: period.inRoomName,
        source: period.source,
        from_at: period.fromAt,
        to_at: period.toAt,
        seen_at: period.seenAt,
        ticked_by: period.tickedBy,
      })
      .execute();
  }

  async closePeriod(id: string, toAt: number): Promise<void> {
    await this.db
      .updateTable('workshop_attendance')
      .set({ to_at: toAt, seen_at: toAt })
      .where('id', '=', id)
      .where('to_at', 'is', null)
      .execute();
  }

  async markSeen(ids: readonly string[], seenAt: number): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('workshop_attendance')
      .set({ seen_at: seenAt })
      .where('id', 'in', ids)
      .where('to_at', 'is', null)
      .execute();
  }

  async closeInRoomPeriods(workshopId: string, toAt: number): Promise<void> {
    await this.db
      .updateTable('workshop_attendance')
      .set({ to_at: toAt, seen_at: toAt })
      .where('workshop_id', '=', workshopId)
      .where('source', '=', 'in-room')
      .where('to_at', 'is', null)
      .execute();
  }

  async listPeriods(workshopId: string): Promise<AttendancePeriodRecord[]> {
    const rows = await this.db
      .selectFrom('workshop_attendance')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .orderBy('from_at')
      .orderBy('id')
      .execute();
    return rows.map(toPeriod);
  }

  async addEntry(entry: TimeEntryRecord): Promise<void> {
    await this.db
      .insertInto('time_entries')
      .values({
        id: entry.id,
        project_id: entry.projectId,
        user_id: entry.userId,
        worked_on: entry.workedOn,
        minutes: entry.minutes,
        description: entry.description,
        created_at: entry.createdAt,
      })
      .execute();
  }

  async listEntries(projectId: string, userId?: string): Promise<TimeEntryRecord[]> {
    let query = this.db.selectFrom('time_entries').selectAll().where('project_id', '=', projectId);
    if (userId !== undefined) query = query.where('user_id', '=', userId);
    const rows = await query.orderBy('worked_on').orderBy('created_at').orderBy('id').execute();
    return rows.map(toEntry);
  }

  async removeEntry(projectId: string, userId: string, entryId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('time_entries')
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .where('id', '=', entryId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async setSharing(projectId: string, userId: string, shared: boolean, at: number): Promise<void> {
    if (!shared) {
      await this.db
        .deleteFrom('time_given_sharing')
        .where('project_id', '=', projectId)
        .where('user_id', '=', userId)
        .execute();
      return;
    }
    await this.db
      .insertInto('time_given_sharing')
      .values({ project_id: projectId, user_id: userId, shared_at: at })
      .onConflict((oc) => oc.columns(['project_id', 'user_id']).doNothing())
      .execute();
  }

  async listSharing(projectId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('time_given_sharing')
      .select('user_id')
      .where('project_id', '=', projectId)
      .orderBy('user_id')
      .execute();
    return rows.map((row) => row.user_id);
  }
}

function toPeriod(row: PeriodRow): AttendancePeriodRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    userId: row.user_id,
    inRoomName: row.in_room_name,
    source: row.source === 'in-room' ? 'in-room' : 'device',
    fromAt: Number(row.from_at),
    toAt: row.to_at === null ? null : Number(row.to_at),
    seenAt: Number(row.seen_at),
    tickedBy: row.ticked_by,
  };
}

function toEntry(row: EntryRow): TimeEntryRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    userId: row.user_id,
    workedOn: row.worked_on,
    minutes: Number(row.minutes),
    description: row.description,
    createdAt: Number(row.created_at),
  };
}
