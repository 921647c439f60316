import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { HandRecord, TurnRecord, WorkshopHandStore } from '../WorkshopHandStore.ts';

type HandRow = DatabaseSchema['workshop_hands'];
type TurnRow = DatabaseSchema['workshop_turns'];

/** Hands in running workshops, and turns to speak, over Kysely. */
export class KyselyWorkshopHandStore implements WorkshopHandStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async raiseHand(
    hand: Omit<HandRecord, 'position'>,
    limit: number,
  ): Promise<{ hand: HandRecord; raised: boolean } | undefined> {
    return this.db.transaction().execute(async (trx) => {
      await lockQueue(trx, hand.workshopId);
      if (hand.userId !== null) {
        const up = await handOf(trx, hand.workshopId, hand.userId);
        if (up) return { hand: up, raised: false };
      }
      const { count, last } = await trx
        .selectFrom('workshop_hands')
        .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.max('position').as('last')])
        .where('workshop_id', '=', hand.workshopId)
        .executeTakeFirstOrThrow();
      if (Number(count) >= limit) return undefined;
      const placed: HandRecord = { ...hand, position: last === null ? 0 : Number(last) + 1 };
      await trx.insertInto('workshop_hands').values(toHandRow(placed)).execute();
      return { hand: placed, raised: true };
    });
  }

  async listHands(workshopId: string): Promise<HandRecord[]> {
    const rows = await this.db
      .selectFrom('workshop_hands')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .orderBy('position')
      .execute();
    return rows.map(toHand);
  }

  async findHand(workshopId: string, handId: string): Promise<HandRecord | undefined> {
    const row = await this.db
      .selectFrom('workshop_hands')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .where('id', '=', handId)
      .executeTakeFirst();
    return row && toHand(row);
  }

  async findHandOf(workshopId: string, userId: string): Promise<HandRecord | undefined> {
    return handOf(this.db, workshopId, userId);
  }

  async lowerHand(workshopId: string, handId: string): Promise<HandRecord | undefined> {
    return this.db.transaction().execute((trx) => takeDown(trx, workshopId, handId));
  }

  async callHand(
    workshopId: string,
    handId: string,
    turn: Pick<TurnRecord, 'id' | 'calledBy' | 'calledAt'>,
  ): Promise<HandRecord | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const hand = await takeDown(trx, workshopId, handId);
      if (!hand) return undefined;
      await trx
        .insertInto('workshop_turns')
        .values({
          id: turn.id,
          workshop_id: workshopId,
          user_id: hand.userId,
          in_room_name: hand.inRoomName,
          called_by: turn.calledBy,
          called_at: turn.calledAt,
        })
        .execute();
      return hand;
    });
  }

  async listTurns(workshopId: string): Promise<TurnRecord[]> {
    const rows = await this.db
      .selectFrom('workshop_turns')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .orderBy('called_at')
      .execute();
    return rows.map(toTurn);
  }
}

/**
 * Changes to one workshop's queue wait for each other: writing the workshop's row takes
 * its row lock in PostgreSQL (and the write lock in SQLite) until the transaction ends.
 */
async function lockQueue(trx: Transaction<DatabaseSchema>, workshopId: string): Promise<void> {
  await trx
    .updateTable('workshops')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', workshopId)
    .execute();
}

async function handOf(db: Kysely<DatabaseSchema>, workshopId: string, userId: string): Promise<HandRecord | undefined> {
  const row = await db
    .selectFrom('workshop_hands')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && toHand(row);
}

/** Removes the hand once, however many people ask at the same moment. */
async function takeDown(
  trx: Transaction<DatabaseSchema>,
  workshopId: string,
  handId: string,
): Promise<HandRecord | undefined> {
  await lockQueue(trx, workshopId);
  const row = await trx
    .selectFrom('workshop_hands')
    .selectAll()
    .where('workshop_id', '=', workshopId)
    .where('id', '=', handId)
    .executeTakeFirst();
  if (!row) return undefined;
  await trx.deleteFrom('workshop_hands').where('id', '=', handId).execute();
  return toHand(row);
}

function toHand(row: HandRow): HandRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    userId: row.user_id,
    inRoomName: row.in_room_name,
    raisedBy: row.raised_by,
    raisedAt: Number(row.raised_at),
    position: Number(row.position),
  };
}

function toHandRow(hand: HandRecord): HandRow {
  return {
    id: hand.id,
    workshop_id: hand.workshopId,
    user_id: hand.userId,
    in_room_name: hand.inRoomName,
    raised_by: hand.raisedBy,
    raised_at: hand.raisedAt,
    position: hand.position,
  };
}

function toTurn(row: TurnRow): TurnRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    userId: row.user_id,
    inRoomName: row.in_room_name,
    calledBy: row.called_by,
    calledAt: Number(row.called_at),
  };
}
