import type { Kysely } from 'kysely';

/**
 * Words handed back by devices after the database was restored from a backup: which
 * person's device handed them back. The row's user is the writer where known, or none
 * (text of unknown writer); a recovered row binds no client id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('document_updates').addColumn('recovered_by', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('document_updates').dropColumn('recovered_by').execute();
}
