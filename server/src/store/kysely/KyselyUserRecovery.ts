import type { AccountNoticeKind } from '@roundtable/shared';
import type { Selectable } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { AccountNoticeEntryRecord, AccountNoticeRecord, PasswordResetRecord } from '../UserStore.ts';
import { KyselyUserSessions } from './KyselyUserSessions.ts';

/** Password reset links and notices about accounts, over Kysely; KyselyUserStore adds the accounts themselves. */
export class KyselyUserRecovery extends KyselyUserSessions {
  async createPasswordReset(reset: PasswordResetRecord): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('password_resets')
        .where('user_id', '=', reset.userId)
        .where('used_at', 'is', null)
        .execute();
      await trx
        .insertInto('password_resets')
        .values({
          token_hash: reset.tokenHash,
          user_id: reset.userId,
          created_by: reset.createdBy,
          created_at: reset.createdAt,
          expires_at: reset.expiresAt,
          used_at: reset.usedAt,
        })
        .execute();
    });
  }

  async findPasswordReset(tokenHash: string): Promise<PasswordResetRecord | undefined> {
    const row = await this.db
      .selectFrom('password_resets')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row && toPasswordReset(row);
  }

  async usePasswordReset(tokenHash: string, at: number): Promise<boolean> {
    // One statement, so two people using the same link at once cannot both succeed.
    const result = await this.db
      .updateTable('password_resets')
      .set({ used_at: at })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async discardPasswordResets(userId: string): Promise<void> {
    await this.db.deleteFrom('password_resets').where('user_id', '=', userId).where('used_at', 'is', null).execute();
  }

  async addAccountNotice(notice: AccountNoticeRecord): Promise<void> {
    await this.db
      .insertInto('account_notices')
      .values({
        id: notice.id,
        user_id: notice.userId,
        kind: notice.kind,
        by_user_id: notice.byUserId,
        created_at: notice.createdAt,
        read_at: notice.readAt,
      })
      .execute();
  }

  async listAccountNotices(userId: string, limit: number): Promise<AccountNoticeEntryRecord[]> {
    const rows = await this.db
      .selectFrom('account_notices')
      .leftJoin('users', 'users.id', 'account_notices.by_user_id')
      .selectAll('account_notices')
      .select('users.display_name as by_display_name')
      .where('account_notices.user_id', '=', userId)
      .orderBy('account_notices.created_at', 'desc')
      .orderBy('account_notices.id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      userId: row.user_id,
      kind: row.kind as AccountNoticeKind,
      byUserId: row.by_user_id,
      createdAt: Number(row.created_at),
      readAt: row.read_at === null ? null : Number(row.read_at),
      byDisplayName: row.by_display_name,
    }));
  }

  async countUnreadAccountNotices(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('account_notices')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async markAccountNoticesRead(userId: string, which: readonly string[] | 'all', readAt: number): Promise<void> {
    if (which !== 'all' && which.length === 0) return;
    let query = this.db
      .updateTable('account_notices')
      .set({ read_at: readAt })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (which !== 'all') query = query.where('id', 'in', [...which]);
    await query.execute();
  }
}

function toPasswordReset(row: Selectable<DatabaseSchema['password_resets']>): PasswordResetRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    usedAt: row.used_at === null ? null : Number(row.used_at),
  };
}
