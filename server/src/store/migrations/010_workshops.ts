import type { Kysely } from 'kysely';

/**
 * Live workshops: a workshop on one document of a project, planned by a lead or
 * facilitator, and its agenda. Times are milliseconds since the epoch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    // The IANA zone it was planned in: which weekday and time of day it falls on.
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('meeting_link', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    // 'planned' | 'running' | 'ended' | 'cancelled'
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint')
    .addColumn('ended_at', 'bigint')
    // For running the room, null until it runs. The agenda item being worked on: no
    // foreign key, since items refer to workshops too; removing the item clears it.
    .addColumn('current_item_id', 'text')
    // When the shared timer reaches zero by the server's clock, while it runs.
    .addColumn('timer_deadline', 'bigint')
    // What was left on the shared timer, while it is paused.
    .addColumn('timer_paused_remaining_ms', 'bigint')
    .execute();
  await db.schema.createIndex('workshops_project').on('workshops').columns(['project_id', 'starts_at']).execute();
  await db.schema.createIndex('workshops_document').on('workshops').column('document_id').execute();

  await db.schema
    .createTable('workshop_agenda_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    // 0, 1, 2 … within the workshop, rewritten whole when the agenda is reordered.
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    // A heading's stable section id in the workshop's document; its words are read from the document.
    .addColumn('section_id', 'text')
    .execute();
  await db.schema
    .createIndex('workshop_agenda_items_order')
    .on('workshop_agenda_items')
    .columns(['workshop_id', 'position'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workshop_agenda_items').execute();
  await db.schema.dropTable('workshops').execute();
}
