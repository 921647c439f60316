import { type Kysely, PostgresAdapter } from 'kysely';

/**
 * Comments and taking part in your own time: threads on a document (anchored in the
 * document by a `comment` mark; the conversation is kept here), their comments, what
 * people did in them (for the history), each person's inbox of mentions and replies,
 * when they last visited a project (for "what's new"), and whether they want emails.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  // An integer 0/1 rather than boolean: SQLite has no boolean, and its driver binds no JavaScript booleans.
  await db.schema
    .alterTable('memberships')
    .addColumn('email_notifications', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // 1 for updates that only placed or removed comment anchors: commenting, not editing.
  await db.schema
    .alterTable('document_updates')
    .addColumn('comment_anchors_only', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('comment_threads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('anchor', 'text', (c) => c.notNull())
    // Null for threads on the whole document.
    .addColumn('quote', 'text')
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .addColumn('resolved_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('comment_threads_document')
    .on('comment_threads')
    .columns(['document_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('thread_id', 'text', (c) => c.notNull().references('comment_threads.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('edited_at', 'bigint')
    .addColumn('deleted_at', 'bigint')
    // A JSON array of user ids, read only with the comment itself.
    .addColumn('mentioned_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.createIndex('comments_thread').on('comments').columns(['thread_id', 'created_at']).execute();
  await db.schema.createIndex('comments_document').on('comments').columns(['document_id', 'created_at']).execute();

  await db.schema
    .createTable('comment_activity')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('thread_id', 'text', (c) => c.notNull().references('comment_threads.id').onDelete('cascade'))
    // Null for what is done to a whole thread (resolving, reopening).
    .addColumn('comment_id', 'text', (c) => c.references('comments.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('comment_activity_document')
    .on('comment_activity')
    .columns(['document_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('inbox_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('thread_id', 'text', (c) => c.notNull().references('comment_threads.id').onDelete('cascade'))
    .addColumn('comment_id', 'text', (c) => c.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('read_at', 'bigint')
    .execute();
  await db.schema.createIndex('inbox_items_user').on('inbox_items').columns(['user_id', 'created_at']).execute();
  // One item of each kind per person per comment, however often the comment is edited.
  await db.schema
    .createIndex('inbox_items_once')
    .on('inbox_items')
    .columns(['comment_id', 'user_id', 'kind'])
    .unique()
    .execute();

  await db.schema
    .createTable('project_visits')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // Null until the second visit: on a first visit everything is new, so nothing is listed.
    .addColumn('since_at', 'bigint')
    .addColumn('last_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_visits_pk', ['project_id', 'user_id'])
    .execute();

  // "What's new" asks which documents others changed after a time.
  await db.schema
    .createIndex('document_updates_document_time')
    .on('document_updates')
    .columns(['document_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('document_updates_document_time').execute();
  for (const table of ['project_visits', 'inbox_items', 'comment_activity', 'comments', 'comment_threads']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('document_updates').dropColumn('comment_anchors_only').execute();
  await db.schema.alterTable('memberships').dropColumn('email_notifications').execute();
}
