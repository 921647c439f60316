import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import { KyselyStore } from '../KyselyStore.ts';

/**
 * The store for organisations that run several Roundtable processes: one Postgres
 * database shared by all of them.
 */
export class PostgresStore extends KyselyStore {
  // Several processes may append to one document: a lock per document, held until
  // the transaction ends, keeps its ids committing in order.
  protected override async lockDocumentLog(trx: Transaction<DatabaseSchema>, documentId: string): Promise<void> {
    await sql`select pg_advisory_xact_lock(hashtext(${documentId}))`.execute(trx);
  }

  static open(connectionString: string, options: { schema?: string } = {}): PostgresStore {
    const pool = new pg.Pool({
      connectionString,
      max: 10,
      // A schema of its own lets tests run side by side in one database.
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    return new PostgresStore(new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) }));
  }
}
