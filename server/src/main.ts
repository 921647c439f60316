import { readConfig } from './config.ts';
import { createRoundtable } from './createRoundtable.ts';
import { PostgresStore } from './store/postgres/PostgresStore.ts';
import { SqliteStore } from './store/sqlite/SqliteStore.ts';

// The composition root: the only place that chooses the store.
const config = readConfig();
const stores = config.databaseUrl
  ? PostgresStore.open(config.databaseUrl)
  : SqliteStore.open(config.databaseFile, { synchronous: config.sqliteSynchronous });
const roundtable = await createRoundtable(config, stores).catch((error: unknown) => {
  console.error(`\nRoundtable could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
const where = config.databaseUrl ? 'in Postgres' : `in ${config.databaseFile}`;
console.log(`\nRoundtable is ready at ${roundtable.url}\nData is kept ${where}\n`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    console.log(`Received ${signal}: saving documents and shutting down…`);
    roundtable.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
