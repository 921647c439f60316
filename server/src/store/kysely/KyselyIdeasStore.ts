import type { IdeasRoundState } from '@roundtable/shared';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type {
  CardWriter,
  IdeaCardRecord,
  IdeasRoundRecord,
  IdeasRoundSettings,
  IdeasStore,
  IdeaVoteRecord,
  VotingRulesRecord,
} from '../IdeasStore.ts';
import { toCard, toCardRow, toRound, toRoundRow, toVote, toVoteRow } from './ideasRowMappers.ts';

type RoundRow = DatabaseSchema['ideas_rounds'];

/** Ideas rounds and idea cards over Kysely. */
export class KyselyIdeasStore implements IdeasStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async createRound(round: IdeasRoundRecord, limit: number): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      // Rounds created together wait for each other, so the limit holds.
      await trx
        .updateTable('workshops')
        .set((eb) => ({ id: eb.ref('id') }))
        .where('id', '=', round.workshopId)
        .execute();
      const { count } = await trx
        .selectFrom('ideas_rounds')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('workshop_id', '=', round.workshopId)
        .executeTakeFirstOrThrow();
      if (Number(count) >= limit) return false;
      await trx.insertInto('ideas_rounds').values(toRoundRow(round)).execute();
      return true;
    });
  }

  async listRounds(workshopId: string): Promise<IdeasRoundRecord[]> {
    const rows = await this.db
      .selectFrom('ideas_rounds')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toRound);
  }

  async findRound(workshopId: string, roundId: string): Promise<IdeasRoundRecord | undefined> {
    const row = await this.db
      .selectFrom('ideas_rounds')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .where('id', '=', roundId)
      .executeTakeFirst();
    return row && toRound(row);
  }

  async updateRound(roundId: string, change: IdeasRoundSettings): Promise<'updated' | 'has-cards' | 'not-found'> {
    return this.db.transaction().execute(async (trx) => {
      const round = await lockRound(trx, roundId);
      if (!round) return 'not-found';
      const fixedOnes = change.anonymous !== undefined || change.privateUntilRevealed !== undefined;
      if (fixedOnes && (await cardCount(trx, roundId)) > 0) return 'has-cards';
      await trx
        .updateTable('ideas_rounds')
        .set({
          ...(change.sectionId !== undefined && { section_id: change.sectionId }),
          ...(change.prompt !== undefined && { prompt: change.prompt }),
          ...(change.anonymous !== undefined && { anonymous: change.anonymous ? 1 : 0 }),
          ...(change.privateUntilRevealed !== undefined && {
            private_until_revealed: change.privateUntilRevealed ? 1 : 0,
          }),
        })
        .where('id', '=', roundId)
        .execute();
      return 'updated';
    });
  }

  async setState(roundId: string, state: IdeasRoundState): Promise<boolean> {
    const change = this.db.updateTable('ideas_rounds').set({ state }).where('id', '=', roundId);
    // Once voting has started, the round takes no more cards.
    const result = await (state === 'open' ? change.where('voting', '=', 'not-started') : change).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async reveal(roundId: string): Promise<void> {
    await this.db.updateTable('ideas_rounds').set({ revealed: 1 }).where('id', '=', roundId).execute();
  }

  async addCard(
    card: IdeaCardRecord,
    writer: CardWriter,
    perWriter: number,
    written: Pick<IdeasRoundRecord, 'anonymous' | 'privateUntilRevealed'>,
  ): Promise<'added' | 'not-open' | 'full' | 'settings-changed'> {
    return this.db.transaction().execute(async (trx) => {
      const round = await lockRound(trx, card.roundId);
      if (round?.state !== 'open') return 'not-open';
      const anonymous = Boolean(round.anonymous);
      if (anonymous !== written.anonymous || Boolean(round.private_until_revealed) !== written.privateUntilRevealed) {
        return 'settings-changed';
      }
      // A card made for a named round never lands in an anonymous one, nor the other way.
      if ((card.writerId === null) !== anonymous) return 'settings-changed';
      const { count } = await trx
        .selectFrom('idea_cards')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('round_id', '=', card.roundId)
        .where((eb) =>
          'writerId' in writer ? eb('writer_id', '=', writer.writerId) : eb('writer_hash', '=', writer.writerHash),
        )
        .executeTakeFirstOrThrow();
      if (Number(count) >= perWriter) return 'full';
      await trx.insertInto('idea_cards').values(toCardRow(card)).execute();
      return 'added';
    });
  }

  async listCards(roundId: string): Promise<IdeaCardRecord[]> {
    const rows = await this.db.selectFrom('idea_cards').selectAll().where('round_id', '=', roundId).execute();
    return rows.map(toCard);
  }

  async countCards(roundIds: readonly string[]): Promise<Map<string, number>> {
    if (roundIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('idea_cards')
      .select((eb) => ['round_id', eb.fn.countAll<number | string>().as('count')])
      .where('round_id', 'in', roundIds)
      .groupBy('round_id')
      .execute();
    return new Map(rows.map((row) => [row.round_id, Number(row.count)]));
  }

  async findCard(roundId: string, cardId: string): Promise<IdeaCardRecord | undefined> {
    const row = await this.db
      .selectFrom('idea_cards')
      .selectAll()
      .where('round_id', '=', roundId)
      .where('id', '=', cardId)
      .executeTakeFirst();
    return row && toCard(row);
  }

  async updateCardText(roundId: string, cardId: string, text: string): Promise<'updated' | 'not-open' | 'not-found'> {
    return this.db.transaction().execute(async (trx) => {
      const round = await lockRound(trx, roundId);
      if (round?.state !== 'open') return round ? 'not-open' : 'not-found';
      const result = await trx
        .updateTable('idea_cards')
        .set({ text })
        .where('round_id', '=', roundId)
        .where('id', '=', cardId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? 'updated' : 'not-found';
    });
  }

  async deleteCard(roundId: string, cardId: string): Promise<'deleted' | 'not-open' | 'not-found'> {
    return this.db.transaction().execute(async (trx) => {
      const round = await lockRound(trx, roundId);
      if (round?.state !== 'open') return round ? 'not-open' : 'not-found';
      const result = await trx
        .deleteFrom('idea_cards')
        .where('round_id', '=', roundId)
        .where('id', '=', cardId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n ? 'deleted' : 'not-found';
    });
  }

  async openVoting(roundId: string, rules: VotingRulesRecord): Promise<'opened' | 'not-ready'> {
    return this.db.transaction().execute(async (trx) => {
      const round = await lockRound(trx, roundId);
      const seenByAll = round && (!round.private_until_revealed || round.revealed);
      if (round?.state !== 'closed' || round.voting !== 'not-started' || !seenByAll) return 'not-ready';
      await trx
        .updateTable('ideas_rounds')
        .set({
          voting: 'open',
          votes_per_person: rules.votesPerPerson,
          votes_many_per_card: rules.votesManyPerCard ? 1 : 0,
          votes_own_cards: rules.votesOwnCards ? 1 : 0,
        })
        .where('id', '=', roundId)
        .execute();
      return 'opened';
    });
  }

  async closeVoting(roundId: string): Promise<void> {
    await this.db
      .updateTable('ideas_rounds')
      .set({ voting: 'closed' })
      .where('id', '=', roundId)
      .where('voting', '=', 'open')
      .execute();
  }

  async castVotes(roundId: string, votes: readonly IdeaVoteRecord[], voterHash: string): Promise<'cast' | 'not-open'> {
    return this.db.transaction().execute(async (trx) => {
      const round = await lockRound(trx, roundId);
      if (round?.voting !== 'open') return 'not-open';
      await trx.deleteFrom('idea_votes').where('round_id', '=', roundId).where('voter_hash', '=', voterHash).execute();
      if (votes.length > 0) await trx.insertInto('idea_votes').values(votes.map(toVoteRow)).execute();
      return 'cast';
    });
  }

  async listVotes(roundId: string): Promise<IdeaVoteRecord[]> {
    const rows = await this.db.selectFrom('idea_votes').selectAll().where('round_id', '=', roundId).execute();
    return rows.map(toVote);
  }
}

/**
 * Changes to one round's cards and settings wait for each other: writing the round's
 * row takes its row lock in PostgreSQL (and the write lock in SQLite) until the
 * transaction ends. The round as it is then.
 */
async function lockRound(trx: Transaction<DatabaseSchema>, roundId: string): Promise<RoundRow | undefined> {
  await trx
    .updateTable('ideas_rounds')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', roundId)
    .execute();
  return trx.selectFrom('ideas_rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
}

async function cardCount(trx: Transaction<DatabaseSchema>, roundId: string): Promise<number> {
  const { count } = await trx
    .selectFrom('idea_cards')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return Number(count);
}
