import type { Kysely } from 'kysely';

/** Each invite link lets one person join: record who used it and when. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('invites')
    .addColumn('used_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.alterTable('invites').addColumn('used_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invites').dropColumn('used_at').execute();
  await db.schema.alterTable('invites').dropColumn('used_by').execute();
}
