import type { Kysely } from 'kysely';

/** A lead can withdraw an invite link nobody has used yet: it then lets nobody in, and says why. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invites').addColumn('withdrawn_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invites').dropColumn('withdrawn_at').execute();
}
