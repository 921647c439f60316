import type { WorkshopState } from '@roundtable/shared';
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type {
  AgendaItemChange,
  AgendaItemRecord,
  WorkshopChange,
  WorkshopRecord,
  WorkshopRunRecord,
  WorkshopStore,
} from '../WorkshopStore.ts';

type WorkshopRow = DatabaseSchema['workshops'];
type AgendaItemRow = DatabaseSchema['workshop_agenda_items'];

/** Workshops and their agendas over Kysely. */
export class KyselyWorkshopStore implements WorkshopStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async createWorkshop(workshop: WorkshopRecord, agenda: Omit<AgendaItemRecord, 'position'>[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('workshops').values(toWorkshopRow(workshop)).execute();
      for (const [position, item] of agenda.entries()) {
        await trx
          .insertInto('workshop_agenda_items')
          .values(toAgendaItemRow({ ...item, position }))
          .execute();
      }
    });
  }

  async findWorkshop(id: string): Promise<WorkshopRecord | undefined> {
    const row = await this.db.selectFrom('workshops').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toWorkshop(row);
  }

  async listWorkshops(projectId: string): Promise<WorkshopRecord[]> {
    const rows = await this.db
      .selectFrom('workshops')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('starts_at')
      .orderBy('created_at')
      .execute();
    return rows.map(toWorkshop);
  }

  async updateWorkshop(id: string, change: WorkshopChange): Promise<void> {
    const set: Partial<WorkshopRow> = {};
    if (change.documentId !== undefined) set.document_id = change.documentId;
    if (change.title !== undefined) set.title = change.title;
    if (change.startsAt !== undefined) set.starts_at = change.startsAt;
    if (change.timeZone !== undefined) set.time_zone = change.timeZone;
    if (change.place !== undefined) set.place = change.place;
    if (change.meetingLink !== undefined) set.meeting_link = change.meetingLink;
    if (change.state !== undefined) set.state = change.state;
    if (change.startedAt !== undefined) set.started_at = change.startedAt;
    if (change.endedAt !== undefined) set.ended_at = change.endedAt;
    if (change.currentItemId !== undefined) set.current_item_id = change.currentItemId;
    if (change.timerDeadline !== undefined) set.timer_deadline = change.timerDeadline;
    if (change.timerPausedRemainingMs !== undefined) set.timer_paused_remaining_ms = change.timerPausedRemainingMs;
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable('workshops').set(set).where('id', '=', id).execute();
  }

  async changeRun(id: string, from: WorkshopRunRecord, to: WorkshopRunRecord): Promise<boolean> {
    const result = await this.db
      .updateTable('workshops')
      .set({
        state: to.state,
        started_at: to.startedAt,
        ended_at: to.endedAt,
        current_item_id: to.currentItemId,
        timer_deadline: to.timerDeadline,
        timer_paused_remaining_ms: to.timerPausedRemainingMs,
      })
      .where('id', '=', id)
      .where('state', '=', from.state)
      .where(equalsOrNull('started_at', from.startedAt))
      .where(equalsOrNull('ended_at', from.endedAt))
      .where(equalsOrNull('current_item_id', from.currentItemId))
      .where(equalsOrNull('timer_deadline', from.timerDeadline))
      .where(equalsOrNull('timer_paused_remaining_ms', from.timerPausedRemainingMs))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async deleteWorkshop(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('workshop_agenda_items').where('workshop_id', '=', id).execute();
      await trx.deleteFrom('workshops').where('id', '=', id).execute();
    });
  }

  async listAgendaItems(workshopId: string): Promise<AgendaItemRecord[]> {
    const rows = await this.db
      .selectFrom('workshop_agenda_items')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .orderBy('position')
      .execute();
    return rows.map(toAgendaItem);
  }

  async listProjectAgendaItems(projectId: string): Promise<AgendaItemRecord[]> {
    const rows = await this.db
      .selectFrom('workshop_agenda_items as item')
      .innerJoin('workshops', 'workshops.id', 'item.workshop_id')
      .selectAll('item')
      .where('workshops.project_id', '=', projectId)
      .orderBy('item.workshop_id')
      .orderBy('item.position')
      .execute();
    return rows.map(toAgendaItem);
  }

  async appendAgendaItem(item: Omit<AgendaItemRecord, 'position'>, limit: number): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await lockAgenda(trx, item.workshopId);
      const { count } = await trx
        .selectFrom('workshop_agenda_items')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('workshop_id', '=', item.workshopId)
        .executeTakeFirstOrThrow();
      const position = Number(count);
      if (position >= limit) return false;
      await trx
        .insertInto('workshop_agenda_items')
        .values(toAgendaItemRow({ ...item, position }))
        .execute();
      return true;
    });
  }

  async updateAgendaItem(id: string, change: AgendaItemChange): Promise<void> {
    const set: Partial<AgendaItemRow> = {};
    if (change.title !== undefined) set.title = change.title;
    if (change.durationMinutes !== undefined) set.duration_minutes = change.durationMinutes;
    if (change.sectionId !== undefined) set.section_id = change.sectionId;
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable('workshop_agenda_items').set(set).where('id', '=', id).execute();
  }

  async removeAgendaItem(workshopId: string, itemId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await lockAgenda(trx, workshopId);
      await trx
        .deleteFrom('workshop_agenda_items')
        .where('workshop_id', '=', workshopId)
        .where('id', '=', itemId)
        .execute();
      // The room moves on from an item that is gone rather than pointing at nothing.
      await trx
        .updateTable('workshops')
        .set({ current_item_id: null })
        .where('id', '=', workshopId)
        .where('current_item_id', '=', itemId)
        .execute();
      const remaining = await trx
        .selectFrom('workshop_agenda_items')
        .select('id')
        .where('workshop_id', '=', workshopId)
        .orderBy('position')
        .execute();
      await setPositions(
        trx,
        remaining.map((row) => row.id),
      );
    });
  }

  async reorderAgendaItems(workshopId: string, itemIds: readonly string[]): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await lockAgenda(trx, workshopId);
      const current = await trx
        .selectFrom('workshop_agenda_items')
        .select('id')
        .where('workshop_id', '=', workshopId)
        .execute();
      const currentIds = new Set(current.map((row) => row.id));
      const sameItems =
        itemIds.length === currentIds.size &&
        new Set(itemIds).size === itemIds.length &&
        itemIds.every((id) => currentIds.has(id));
      if (!sameItems) return false;
      await setPositions(trx, itemIds);
      return true;
    });
  }

  async clearAgendaSections(workshopId: string): Promise<void> {
    await this.db
      .updateTable('workshop_agenda_items')
      .set({ section_id: null })
      .where('workshop_id', '=', workshopId)
      .execute();
  }
}

/**
 * Changes to one agenda wait for each other: writing the workshop's row takes its row
 * lock in PostgreSQL (and the write lock in SQLite) until the transaction ends.
 */
async function lockAgenda(trx: Transaction<DatabaseSchema>, workshopId: string): Promise<void> {
  await trx
    .updateTable('workshops')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', workshopId)
    .execute();
}

async function setPositions(trx: Transaction<DatabaseSchema>, itemIds: readonly string[]): Promise<void> {
  for (const [position, id] of itemIds.entries()) {
    await trx.updateTable('workshop_agenda_items').set({ position }).where('id', '=', id).execute();
  }
}

type RunColumn = 'started_at' | 'ended_at' | 'current_item_id' | 'timer_deadline' | 'timer_paused_remaining_ms';

/** `column = value`, where null equals null. */
function equalsOrNull(column: RunColumn, value: string | number | null) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'workshops'>) =>
    value === null ? eb(column, 'is', null) : eb(column, '=', value);
}

const optionalNumber = (value: number | null): number | null => (value === null ? null : Number(value));

function toWorkshop(row: WorkshopRow): WorkshopRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    documentId: row.document_id,
    title: row.title,
    startsAt: Number(row.starts_at),
    timeZone: row.time_zone,
    place: row.place,
    meetingLink: row.meeting_link,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    state: row.state as WorkshopState,
    startedAt: optionalNumber(row.started_at),
    endedAt: optionalNumber(row.ended_at),
    currentItemId: row.current_item_id,
    timerDeadline: optionalNumber(row.timer_deadline),
    timerPausedRemainingMs: optionalNumber(row.timer_paused_remaining_ms),
  };
}

function toWorkshopRow(workshop: WorkshopRecord): WorkshopRow {
  return {
    id: workshop.id,
    project_id: workshop.projectId,
    document_id: workshop.documentId,
    title: workshop.title,
    starts_at: workshop.startsAt,
    time_zone: workshop.timeZone,
    place: workshop.place,
    meeting_link: workshop.meetingLink,
    created_by: workshop.createdBy,
    created_at: workshop.createdAt,
    state: workshop.state,
    started_at: workshop.startedAt,
    ended_at: workshop.endedAt,
    current_item_id: workshop.currentItemId,
    timer_deadline: workshop.timerDeadline,
    timer_paused_remaining_ms: workshop.timerPausedRemainingMs,
  };
}

function toAgendaItem(row: AgendaItemRow): AgendaItemRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    position: Number(row.position),
    title: row.title,
    durationMinutes: Number(row.duration_minutes),
    sectionId: row.section_id,
  };
}

function toAgendaItemRow(item: AgendaItemRecord): AgendaItemRow {
  return {
    id: item.id,
    workshop_id: item.workshopId,
    position: item.position,
    title: item.title,
    duration_minutes: item.durationMinutes,
    section_id: item.sectionId,
  };
}
