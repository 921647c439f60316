import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import { type DocumentLogLock, KyselyUpdateAppender } from '../kysely/KyselyUpdateAppender.ts';
import { kyselyStores } from '../kysely/kyselyStores.ts';
import type { Stores } from '../Stores.ts';

// Several processes may append to one document: a lock per document, held until
// the transaction ends, keeps its ids committing in order.
const advisoryLockPerDocument: DocumentLogLock = async (trx, documentId) => {
  await sql`select pg_advisory_xact_lock(hashtext(${documentId}))`.execute(trx);
};

/**
 * The store for organisations that run several Roundtable processes: one Postgres
 * database shared by all of them.
 */
export const PostgresStore = {
  open(connectionString: string, options: { schema?: string } = {}): Stores {
    const pool = new pg.Pool({
      connectionString,
      max: 10,
      // A schema of its own lets tests run side by side in one database.
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
    return kyselyStores(db, new KyselyUpdateAppender(db, advisoryLockPerDocument), {
      ...(options.schema ? { migrationTableSchema: options.schema } : {}),
    });
  },
};
