import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { SecretStore } from '../SecretStore.ts';

/** The server's own secrets over Kysely: the first one written under a name wins, in every process. */
export class KyselySecretStore implements SecretStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async keepSecret(name: string, candidate: string): Promise<string> {
    await this.db
      .insertInto('server_secrets')
      .values({ name, value: candidate })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .execute();
    const { value } = await this.db
      .selectFrom('server_secrets')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return value;
  }
}
