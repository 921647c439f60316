import { sql } from 'kysely';
import type { AccountRecord, PersonNameRecord, UserRecord, UserStore } from '../UserStore.ts';
import { KyselyUserRecovery } from './KyselyUserRecovery.ts';
import { toUser } from './rowMappers.ts';

/** Accounts and administrators over Kysely, with sessions and recovery from the classes it extends. */
export class KyselyUserStore extends KyselyUserRecovery implements UserStore {
  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async createUser(user: UserRecord): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        display_name: user.displayName,
        password_hash: user.passwordHash,
        created_at: user.createdAt,
      })
      .execute();
  }

  async findUserByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row && toUser(row);
  }

  async findUserById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async listPeopleNames(ids: readonly string[]): Promise<PersonNameRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', 'in', [...ids])
      .execute();
    return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
  }

  async isAdministrator(userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('users')
      .select('is_administrator')
      .where('id', '=', userId)
      .executeTakeFirst();
    return Number(row?.is_administrator ?? 0) === 1;
  }

  async countAdministrators(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('is_administrator', '=', 1)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async setAdministrator(userId: string, isAdministrator: boolean): Promise<boolean> {
    if (isAdministrator) {
      await this.db.updateTable('users').set({ is_administrator: 1 }).where('id', '=', userId).execute();
      return true;
    }
    // One statement, so two administrators removing each other at once cannot leave none.
    const result = await this.db
      .updateTable('users')
      .set({ is_administrator: 0 })
      .where('id', '=', userId)
      .where('is_administrator', '=', 1)
      .where(
        (eb) =>
          eb
            .selectFrom('users as others')
            .select((inner) => inner.fn.countAll<number>().as('count'))
            .where('others.is_administrator', '=', 1),
        '>',
        1,
      )
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return true;
    return !(await this.isAdministrator(userId));
  }

  async eraseAccount(userId: string, erasedAt: number, nameAfter: string): Promise<string[]> {
    return this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({
          display_name: nameAfter,
          // Unique like every email, and never one a person could sign in with.
          email: `deleted-account-${userId}@invalid`,
          password_hash: '',
          is_administrator: 0,
          erased_at: erasedAt,
        })
        .where('id', '=', userId)
        .execute();
      const sessions = await trx.deleteFrom('sessions').where('user_id', '=', userId).returning('token_hash').execute();
      for (const table of [
        'known_devices',
        'password_resets',
        'account_notices',
        'inbox_items',
        'project_visits',
        'document_visits',
        'identities',
        'workshop_attendance',
        'time_entries',
        'time_given_sharing',
      ] as const) {
        await trx.deleteFrom(table).where('user_id', '=', userId).execute();
      }
      return sessions.map((session) => session.token_hash);
    });
  }

  async listAccounts(search: string, limit: number): Promise<AccountRecord[]> {
    let query = this.db
      .selectFrom('users')
      .select(['id', 'email', 'display_name', 'created_at', 'is_administrator'])
      .where('erased_at', 'is', null)
      .orderBy(sql`lower(display_name)`)
      .orderBy('email')
      .limit(limit);
    if (search !== '') {
      const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      query = query.where((eb) =>
        eb.or([
          eb(sql`lower(display_name)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(email)`, 'like', sql`${pattern} escape '\\'`),
        ]),
      );
    }
    const rows = await query.execute();
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      createdAt: Number(row.created_at),
      isAdministrator: Number(row.is_administrator) === 1,
    }));
  }
}
