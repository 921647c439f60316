import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig } from '../config.ts';
import { createRoundtable, type Roundtable, type RoundtableOptions } from '../createRoundtable.ts';
import { PostgresStore } from '../store/postgres/PostgresStore.ts';
import type { Stores } from '../store/Stores.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';

/** One database a test keeps across server restarts, dropped at the end. */
export interface TestDatabase {
  open(): Stores;
  drop(): Promise<void>;
}

export interface RunningServer {
  roundtable: Roundtable;
  url: string;
  wsUrl: string;
  stop(): Promise<void>;
}

const databaseUrl = process.env.DATABASE_URL;

async function inPostgres(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-test-'));
  const file = join(dir, 'roundtable.sqlite');
  return {
    open: () => SqliteStore.open(file),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresDatabase(): Promise<TestDatabase> {
  const schema = `roundtable_test_${randomUUID().replaceAll('-', '')}`;
  await inPostgres(`create schema ${schema}`);
  return {
    open: () => PostgresStore.open(databaseUrl ?? '', { schema }),
    drop: () => inPostgres(`drop schema ${schema} cascade`),
  };
}

/**
 * The databases a server test runs against where what it checks is stored: SQLite
 * always, and PostgreSQL (a schema of its own) when DATABASE_URL is set.
 */
export const serverDatabases: Array<[string, () => Promise<TestDatabase>]> = [['SQLite', async () => sqliteDatabase()]];
if (databaseUrl) serverDatabases.push(['PostgreSQL', postgresDatabase]);
else console.warn('DATABASE_URL is not set: the server tests on PostgreSQL are skipped.');

/**
 * The real server on port 0 (or the port given, to come back where pages left it) over
 * the test's database; stopping it keeps the data for the next start.
 */
export async function startServerOn(
  database: TestDatabase,
  options: RoundtableOptions = {},
  port = 0,
): Promise<RunningServer> {
  const config = {
    ...readConfig({}),
    port,
    logLevel: 'silent',
    clientDir: join(tmpdir(), 'none'),
  };
  const roundtable = await createRoundtable(config, database.open(), options);
  return {
    roundtable,
    url: roundtable.url,
    wsUrl: `${roundtable.url.replace('http', 'ws')}/collab`,
    stop: () => roundtable.close(),
  };
}
