import type { Kysely } from 'kysely';

/**
 * Deleted accounts. The row stays, so the words a person wrote keep their place in
 * every document's attributed history, but it no longer holds their name, email or
 * password: it says only when the account was deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('erased_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('erased_at').execute();
}
