import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PostgresStore } from '../store/postgres/PostgresStore.ts';
import type { Stores } from '../store/Stores.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';

const databaseUrl = process.env.DATABASE_URL;
const run = promisify(execFile);

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
    /** Backs the database up now, as an operator would, while the server runs. */
    backUp(): Promise<Backup>;
    cleanUp(): Promise<void>;
  }>;
}

/** A backup of the whole database, to put back once the server has stopped. */
export interface Backup {
  restore(): Promise<void>;
}

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
      // SQLite's online backup, as `sqlite3 roundtable.sqlite ".backup …"` makes it; put
      // back as a file, without the write-ahead log of the database it replaces.
      async backUp() {
        const backupFile = join(dataDir, 'backup.sqlite');
        const database = new Database(file);
        await database.backup(backupFile);
        database.close();
        return {
          async restore() {
            copyFileSync(backupFile, file);
            for (const leftOver of [`${file}-wal`, `${file}-shm`]) rmSync(leftOver, { force: true });
          },
        };
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

/** Runs PostgreSQL's own backup tools, saying how to get them where they are missing. */
async function postgresTool(tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(tool, args, { timeout: 60_000 });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error(
        `${tool} is not installed: the PostgreSQL durability tests back up and restore with it. Install PostgreSQL's client programs (Debian: apt-get install -y postgresql-client).`,
      );
    }
    throw error;
  }
}

const postgres: DurabilityStore = {
  name: 'PostgreSQL',
  async prepare(dataDir) {
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
      // pg_dump while the server runs, pg_restore --clean once it has stopped: the
      // operator's way, for the test's schema only (other tests share the database).
      async backUp() {
        const dumpFile = join(dataDir, 'backup.dump');
        await postgresTool('pg_dump', [
          '--format=custom',
          `--schema=${schema}`,
          `--file=${dumpFile}`,
          databaseUrl ?? '',
        ]);
        return {
          restore: () =>
            postgresTool('pg_restore', [
              '--clean',
              '--if-exists',
              '--exit-on-error',
              `--dbname=${databaseUrl}`,
              dumpFile,
            ]),
        };
      },
      cleanUp: () => inPostgres((client) => client.query(`drop schema ${schema} cascade`)).then(() => undefined),
    };
  },
};

/** SQLite always; PostgreSQL where DATABASE_URL is set. */
export const durabilityStores: DurabilityStore[] = databaseUrl ? [sqlite, postgres] : [sqlite];
if (!databaseUrl) console.warn('DATABASE_URL is not set: the PostgreSQL durability tests are skipped.');
