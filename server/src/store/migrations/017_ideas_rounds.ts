import type { Kysely } from 'kysely';

/**
 * Ideas rounds of a workshop and their idea cards. A card of an anonymous round keeps
 * no user id and no time: only the writer's perspective (so balance of voice still
 * counts it) and a keyed hash of writer and round (so "is this my card" still works).
 * Card ids are random, so they say nothing about order. Dot votes on the cards, and the
 * server's own secrets (the key of those hashes), live beside them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ideas_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    // The stable id of the heading the ideas are for.
    .addColumn('section_id', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('private_until_revealed', 'integer', (c) => c.notNull())
    .addColumn('revealed', 'integer', (c) => c.notNull())
    // draft, open (taking cards) or closed.
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    // Dot voting on the cards: not-started, open or closed; its rules are set as it opens.
    .addColumn('voting', 'text', (c) => c.notNull().defaultTo('not-started'))
    .addColumn('votes_per_person', 'integer')
    .addColumn('votes_many_per_card', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('votes_own_cards', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('ideas_rounds_workshop').on('ideas_rounds').column('workshop_id').execute();

  await db.schema
    .createTable('idea_cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('ideas_rounds.id').onDelete('cascade'))
    // The writer in a named round; always null in an anonymous one.
    .addColumn('writer_id', 'text', (c) => c.references('users.id'))
    // HMAC of writer and round in an anonymous round; null in a named one.
    .addColumn('writer_hash', 'text')
    .addColumn('writer_perspective', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('idea_cards_round').on('idea_cards').column('round_id').execute();

  // A dot on a card. Votes are never kept by name, in named rounds too: only a keyed hash
  // of voter and round (another than the one on anonymous cards, so votes cannot be
  // matched to cards' writers) and the voter's perspective, for the split of results.
  await db.schema
    .createTable('idea_votes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('ideas_rounds.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) => c.notNull().references('idea_cards.id').onDelete('cascade'))
    .addColumn('voter_hash', 'text', (c) => c.notNull())
    .addColumn('voter_perspective', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('idea_votes_round').on('idea_votes').columns(['round_id', 'voter_hash']).execute();

  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('server_secrets').execute();
  await db.schema.dropTable('idea_votes').execute();
  await db.schema.dropTable('idea_cards').execute();
  await db.schema.dropTable('ideas_rounds').execute();
}
