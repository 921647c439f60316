import { readConfig } from './config.ts';
import { createRoundtable } from './createRoundtable.ts';
import { fileClock } from './fileClock.ts';
import { PostgresStore } from './store/postgres/PostgresStore.ts';
import { SqliteStore } from './store/sqlite/SqliteStore.ts';

function stopBecause(error: unknown): never {
  console.error(`\nRoundtable could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

// The composition root: the only place that chooses the store.
let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  stopBecause(error);
}
for (const warning of config.warnings) console.warn(`Warning: ${warning}`);
const stores = config.databaseUrl
  ? PostgresStore.open(config.databaseUrl)
  : SqliteStore.open(config.databaseFile, { synchronous: config.sqliteSynchronous });
// Browser tests move the server's clock through a file; nothing else sets this.
const clockFile = process.env.TEST_CLOCK_FILE;
if (clockFile) console.warn(`Warning: the clock tells the time written in ${clockFile}, for tests.`);
const roundtable = await createRoundtable(config, stores, clockFile ? { now: fileClock(clockFile) } : {}).catch(
  stopBecause,
);
const where = config.databaseUrl ? 'in Postgres' : `in ${config.databaseFile}`;
console.log(`\nRoundtable is ready at ${roundtable.url}\nData is kept ${where}\n`);
if (config.recoveringFromBackup) {
  console.log(
    'Recovering from a restored backup: words that devices hand back are taken back, credited to their writer where the backup knew them, otherwise as text of unknown writer. Restart without RECOVERING_FROM_BACKUP once everyone has been back.\n',
  );
}

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
