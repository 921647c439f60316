import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import { PostgresStore } from '../store/postgres/PostgresStore.ts';
import type { Stores } from '../store/Stores.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';

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

/** Each Postgres test gets a schema of its own, dropped afterwards. */
async function openPostgresStores(): Promise<Stores> {
  const schema = `roundtable_test_${randomUUID().replaceAll('-', '')}`;
  await inPostgres(`create schema ${schema}`);
  const stores = PostgresStore.open(databaseUrl ?? '', { schema });
  return {
    ...stores,
    async close() {
      await stores.close();
      await inPostgres(`drop schema ${schema} cascade`);
    },
  };
}

/**
 * The stores every contract test suite runs against, each opened as the whole bundle
 * of slices over one connection. A new store adds itself here. Postgres joins when
 * DATABASE_URL is set.
 */
export const contractStores: Array<[string, () => Promise<Stores>]> = [
  ['SQLite', async () => SqliteStore.open(':memory:')],
];
if (databaseUrl) contractStores.push(['Postgres', openPostgresStores]);
else console.warn('DATABASE_URL is not set: the Postgres store contract tests are skipped.');

/**
 * In a contract suite: opens and migrates a fresh store before each test, hands it to
 * `use` (which may also set up what every test needs), and closes it afterwards.
 */
export function eachMigratedStore(open: () => Promise<Stores>, use: (stores: Stores) => void | Promise<void>): void {
  let stores: Stores | undefined;
  beforeEach(async () => {
    stores = await open();
    await stores.migrate();
    await use(stores);
  });
  afterEach(async () => {
    await stores?.close();
  });
}
