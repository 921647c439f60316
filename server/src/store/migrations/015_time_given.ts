import type { Kysely } from 'kysely';

/**
 * Time given to a project: when each person was at a running workshop, and the hours
 * people add themselves for work between meetings. Attendance is kept as periods: one
 * for each open connection to the workshop's document (several tabs overlap and count
 * once), and one for each person a facilitator ticked as in the room without a device.
 * Times are milliseconds since the epoch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workshop_attendance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    // The member; null for someone in the room without an account, known by name only.
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('in_room_name', 'text')
    // 'device': the document was open; 'in-room': ticked by a facilitator.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('from_at', 'bigint', (c) => c.notNull())
    // Null while the period lasts.
    .addColumn('to_at', 'bigint')
    // The last time the server holding the connection knew it open: where an open
    // period ends if that server stopped without closing it.
    .addColumn('seen_at', 'bigint', (c) => c.notNull())
    // The facilitator who ticked someone in the room.
    .addColumn('ticked_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('workshop_attendance_workshop').on('workshop_attendance').column('workshop_id').execute();

  await db.schema
    .createTable('time_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // The day the work was done, as the person gave it: YYYY-MM-DD.
    .addColumn('worked_on', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('time_entries_person').on('time_entries').columns(['project_id', 'user_id']).execute();

  // A row means the person lets other members of the project see the time they gave.
  await db.schema
    .createTable('time_given_sharing')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('shared_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('time_given_sharing_pk', ['project_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('time_given_sharing').execute();
  await db.schema.dropTable('time_entries').execute();
  await db.schema.dropTable('workshop_attendance').execute();
}
