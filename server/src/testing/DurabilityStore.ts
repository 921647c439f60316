import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PostgresStore } from '../store/postgres/PostgresStore.ts';
import type { Stores } from '../store/Stores.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';

const databaseUrl = process.env.DATABASE_URL;

/**
 * A database for a server process under test, with what durability tests do to it from
 * outside: read what was stored, stall every write, put a backup back.
 */
export interface DurabilityStore {
  name: string;
  prepare(dataDir: string): Promise<{
    /** Where the server process keeps its data: a Postgres URL, or SQLite in `dataDir`. */
    databaseUrl?: string;
    open(): Stores;
    /** Holds a lock that stops every write for `ms`. */
    stall(ms: number): Promise<void>;
    /** Puts the database back as a backup taken when the log ended at `lastUpdateId`, at `takenAt`, would have it. */
    restoreBackup(lastUpdateId: number, takenAt: number): Promise<void>;
    cleanUp(): Promise<void>;
  }>;
}

/** What restoring a backup taken at a point of the log undoes: everything logged or bound after it. */
const restoreStatements = [
  'delete from document_checkpoints where up_to_update_id > @lastUpdateId',
  'delete from document_versions where up_to_update_id > @lastUpdateId',
  'delete from document_updates where id > @lastUpdateId',
  'delete from client_bindings where bound_at > @takenAt',
];

const sqlite: DurabilityStore = {
  name: 'SQLite',
  async prepare(dataDir) {
    const file = join(dataDir, 'roundtable.sqlite');
    return {
      open: () => SqliteStore.open(file),
      async stall(ms) {
        const lock = new Database(file);
        lock.pragma('busy_timeout = 5000');
        lock.exec('BEGIN IMMEDIATE');
        await new Promise((resolve) => setTimeout(resolve, ms));
        lock.exec('ROLLBACK');
        lock.close();
      },
      async restoreBackup(lastUpdateId, takenAt) {
        const database = new Database(file);
        for (const statement of restoreStatements) database.prepare(statement).run({ lastUpdateId, takenAt });
        database.close();
      },
      async cleanUp() {},
    };
  },
};

async function inPostgres<T>(statements: (client: pg.Client) => Promise<T>, schema?: string): Promise<T> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await client.connect();
  try {
    return await statements(client);
  } finally {
    await client.end();
  }
}

const postgres: DurabilityStore = {
  name: 'PostgreSQL',
  async prepare() {
    const schema = `roundtable_durability_${randomUUID().replaceAll('-', '')}`;
    await inPostgres((client) => client.query(`create schema ${schema}`));
    // Migrated here, where the store is told its schema: Kysely's migrator otherwise takes
    // another test schema's lock table for its own.
    const migrating = PostgresStore.open(databaseUrl ?? '', { schema });
    await migrating.migrate();
    await migrating.close();
    const url = new URL(databaseUrl ?? '');
    url.searchParams.set('options', `-c search_path=${schema}`);
    return {
      databaseUrl: url.toString(),
      open: () => PostgresStore.open(databaseUrl ?? '', { schema }),
      stall: (ms) =>
        inPostgres(async (client) => {
          await client.query('begin');
          await client.query('lock table document_updates in access exclusive mode');
          await new Promise((resolve) => setTimeout(resolve, ms));
          await client.query('rollback');
        }, schema),
      restoreBackup: (lastUpdateId, takenAt) =>
        inPostgres(async (client) => {
          for (const statement of restoreStatements) {
            await client.query(statement.replace('@lastUpdateId', '$1').replace('@takenAt', '$1'), [
              statement.includes('@takenAt') ? takenAt : lastUpdateId,
            ]);
          }
        }, schema),
      cleanUp: () => inPostgres((client) => client.query(`drop schema ${schema} cascade`)).then(() => undefined),
    };
  },
};

/** SQLite always; PostgreSQL where DATABASE_URL is set. */
export const durabilityStores: DurabilityStore[] = databaseUrl ? [sqlite, postgres] : [sqlite];
if (!databaseUrl) console.warn('DATABASE_URL is not set: the PostgreSQL durability tests are skipped.');
