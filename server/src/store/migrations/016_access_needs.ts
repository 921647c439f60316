import type { Kysely } from 'kysely';

/**
 * What helps each person take part in workshops, kept only with their consent: one row
 * per account, removed whole when they withdraw consent, delete it or delete their
 * account. It can be health information, so nothing else refers to it. Times are
 * milliseconds since the epoch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_needs')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    // The ticked needs as a JSON array of their names, such as ["large-print","breaks"].
    .addColumn('needs', 'text', (c) => c.notNull())
    // Anything else, in the person's own words; null for none.
    .addColumn('other_needs', 'text')
    // 1 when leads and facilitators may see the person's name with these.
    .addColumn('show_name', 'integer', (c) => c.notNull())
    .addColumn('consented_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('access_needs').execute();
}
