import type { Kysely } from 'kysely';

/**
 * How each member wants exports to credit them (by name, or as "a member of the
 * group"), and what is still known of people who have left a project: their work
 * stays in the history and is still credited, under the perspective and the choice
 * they last made.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('memberships')
    .addColumn('credit_as', 'text', (c) => c.notNull().defaultTo('name'))
    .execute();

  await db.schema
    .createTable('former_members')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('perspective', 'text', (c) => c.notNull())
    .addColumn('credit_as', 'text', (c) => c.notNull())
    .addColumn('left_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('former_members_pk', ['project_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('former_members').execute();
  await db.schema.alterTable('memberships').dropColumn('credit_as').execute();
}
