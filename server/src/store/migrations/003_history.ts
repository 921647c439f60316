import type { Kysely } from 'kysely';

/**
 * History: named and automatic versions (points in the update log), each person's
 * last visit to a document, and which updates restored a version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('document_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('up_to_update_id', 'bigint', (c) => c.notNull())
    // Null for versions the server makes by itself.
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_versions_document')
    .on('document_versions')
    .columns(['document_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('document_visits')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('last_seen_update_id', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_visits_pk', ['document_id', 'user_id'])
    .execute();

  await db.schema
    .alterTable('document_updates')
    .addColumn('restored_version_id', 'text', (c) => c.references('document_versions.id'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('document_updates').dropColumn('restored_version_id').execute();
  await db.schema.dropTable('document_visits').execute();
  await db.schema.dropTable('document_versions').execute();
}
