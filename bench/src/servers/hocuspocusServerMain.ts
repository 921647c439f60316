import { join } from 'node:path';
import { Server } from '@hocuspocus/server';
import { snapshotDatabase } from './snapshotDatabase.ts';

/**
 * A bare Hocuspocus server, run as its own process by the harness: no extensions,
 * unless the scenario needs documents to survive a restart.
 */
const port = Number(process.env.PORT);
const dataDir = process.env.DATA_DIR;
const persist = process.env.BENCH_PERSIST === '1' && dataDir !== undefined;

const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  extensions: persist ? [snapshotDatabase(join(dataDir, 'hocuspocus.sqlite'))] : [],
});
await server.listen();
