import type { Kysely } from 'kysely';

/**
 * Hands in a running workshop: the hands up now, in the order they went up, and who
 * has been called to speak, so the queue can show who has not spoken yet. Someone in
 * the room without a device has a hand with the name the facilitator typed and no
 * account. Times are milliseconds since the epoch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workshop_hands')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    // The member whose hand it is; null for someone in the room without a device.
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    // The name the facilitator typed for someone in the room; null for a member.
    .addColumn('in_room_name', 'text')
    // The member themselves, or the facilitator who added someone in the room.
    .addColumn('raised_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('raised_at', 'bigint', (c) => c.notNull())
    // Order in the queue within the workshop: a hand that went up later has a higher one.
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  // One hand per member: raising it again keeps its place. Hands of people in the room
  // have no user, and nulls never clash in a unique index.
  await db.schema
    .createIndex('workshop_hands_person')
    .on('workshop_hands')
    .columns(['workshop_id', 'user_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('workshop_hands_order')
    .on('workshop_hands')
    .columns(['workshop_id', 'position'])
    .execute();

  await db.schema
    .createTable('workshop_turns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('in_room_name', 'text')
    .addColumn('called_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('called_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('workshop_turns_workshop').on('workshop_turns').column('workshop_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workshop_turns').execute();
  await db.schema.dropTable('workshop_hands').execute();
}
