import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { SessionRecord } from '../UserStore.ts';

/** The sessions and recognised browsers of the user store over Kysely; KyselyUserStore adds the rest. */
export class KyselyUserSessions {
  constructor(protected readonly db: Kysely<DatabaseSchema>) {}

  async createSession(session: SessionRecord): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        created_at: session.createdAt,
        last_used_at: session.lastUsedAt,
        expires_at: session.expiresAt,
        user_agent: session.userAgent ?? null,
        ends_at: session.endsAt ?? null,
      })
      .execute();
  }

  async findSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const row = await this.db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row && toSession(row);
  }

  async listSessions(userId: string, now: number): Promise<SessionRecord[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .orderBy('last_used_at', 'desc')
      .orderBy('token_hash')
      .execute();
    return rows.map(toSession);
  }

  async touchSession(tokenHash: string, lastUsedAt: number, expiresAt: number): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_used_at: lastUsedAt, expires_at: expiresAt })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteSessionsOfUser(userId: string, keep?: string): Promise<string[]> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keep !== undefined) query = query.where('token_hash', '!=', keep);
    const rows = await query.returning('token_hash').execute();
    return rows.map((row) => row.token_hash);
  }

  async rememberDevice(tokenHash: string, userId: string, at: number): Promise<void> {
    await this.db
      .insertInto('known_devices')
      .values({ token_hash: tokenHash, user_id: userId, created_at: at, last_used_at: at })
      .onConflict((conflict) => conflict.columns(['token_hash', 'user_id']).doUpdateSet({ last_used_at: at }))
      .execute();
  }

  async isKnownDevice(tokenHash: string, userId: string, since: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('known_devices')
      .select('token_hash')
      .where('token_hash', '=', tokenHash)
      .where('user_id', '=', userId)
      .where('last_used_at', '>', since)
      .executeTakeFirst();
    return row !== undefined;
  }

  async forgetDevicesOfUser(userId: string): Promise<void> {
    await this.db.deleteFrom('known_devices').where('user_id', '=', userId).execute();
  }
}

function toSession(row: Selectable<DatabaseSchema['sessions']>): SessionRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdAt: Number(row.created_at),
    lastUsedAt: Number(row.last_used_at),
    expiresAt: Number(row.expires_at),
    userAgent: row.user_agent,
    endsAt: row.ends_at === null ? null : Number(row.ends_at),
  };
}
