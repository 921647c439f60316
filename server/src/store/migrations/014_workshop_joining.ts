import type { Kysely } from 'kysely';

/**
 * Joining a workshop through its link: the links (only a hash of each secret is kept),
 * and each person who asked to join through one, waiting until a facilitator or lead
 * lets them in or turns them away. A session can also end at a set time whatever use
 * renews it: someone who joined without a password is signed out when the workshop
 * ends. Times are milliseconds since the epoch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workshop_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('max_uses', 'integer', (c) => c.notNull())
    // People who have asked to join through it.
    .addColumn('uses', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    // Set when a facilitator or lead stops the link, or makes a new one.
    .addColumn('revoked_at', 'bigint')
    .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('workshop_links_workshop').on('workshop_links').column('workshop_id').execute();

  await db.schema
    .createTable('workshop_join_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('link_id', 'text', (c) => c.notNull().references('workshop_links.id').onDelete('cascade'))
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    // The hash of the secret the asking browser keeps, to follow its request and, once
    // let in, to be signed in once.
    .addColumn('waiting_token_hash', 'text', (c) => c.notNull().unique())
    // The person: whoever asked while signed in, or the account made when a new person is let in.
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    // 1 when they asked while signed in to an account they already had.
    .addColumn('had_account', 'integer', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('perspective', 'text', (c) => c.notNull())
    // Only for a new person who wants to come back later; cleared once used or turned away.
    .addColumn('email', 'text')
    .addColumn('password_hash', 'text')
    // 'waiting' | 'admitted' | 'turned-away' | 'withdrawn' | 'link-closed'
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'bigint', (c) => c.notNull())
    .addColumn('decided_at', 'bigint')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    // When the browser that asked picked up its admission (it can, once).
    .addColumn('entered_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('workshop_join_requests_workshop')
    .on('workshop_join_requests')
    .columns(['workshop_id', 'state'])
    .execute();

  await db.schema.alterTable('sessions').addColumn('ends_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('ends_at').execute();
  await db.schema.dropTable('workshop_join_requests').execute();
  await db.schema.dropTable('workshop_links').execute();
}
