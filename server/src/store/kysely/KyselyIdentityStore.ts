import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { IdentityKey, IdentityRecord, IdentityStore } from '../IdentityStore.ts';
import type { UserRecord } from '../UserStore.ts';
import { KyselyUserStore } from './KyselyUserStore.ts';

/** Organisation identities over Kysely. */
export class KyselyIdentityStore implements IdentityStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async findIdentity(key: IdentityKey): Promise<IdentityRecord | undefined> {
    const row = await this.db
      .selectFrom('identities')
      .selectAll()
      .where('issuer', '=', key.issuer)
      .where('tenant', '=', key.tenant)
      .where('subject', '=', key.subject)
      .executeTakeFirst();
    return (
      row && {
        issuer: row.issuer,
        tenant: row.tenant,
        subject: row.subject,
        userId: row.user_id,
        email: row.email,
        createdAt: Number(row.created_at),
        lastSignedInAt: Number(row.last_signed_in_at),
      }
    );
  }

  async createAccountWithIdentity(user: UserRecord, identity: IdentityRecord): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      // The account is written as the user store writes any account.
      await new KyselyUserStore(trx).createUser(user);
      await trx
        .insertInto('identities')
        .values({
          issuer: identity.issuer,
          tenant: identity.tenant,
          subject: identity.subject,
          user_id: user.id,
          email: identity.email,
          created_at: identity.createdAt,
          last_signed_in_at: identity.lastSignedInAt,
        })
        .execute();
    });
  }

  async recordSignIn(key: IdentityKey, at: number, email: string | null): Promise<void> {
    await this.db
      .updateTable('identities')
      .set({ last_signed_in_at: at, email })
      .where('issuer', '=', key.issuer)
      .where('tenant', '=', key.tenant)
      .where('subject', '=', key.subject)
      .execute();
  }

  async hasIdentity(userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('identities')
      .select('user_id')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
  }
}
