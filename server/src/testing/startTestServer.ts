import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../config.ts';
import { createRoundtable, type Roundtable } from '../createRoundtable.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';

export interface TestServer {
  roundtable: Roundtable;
  url: string;
  wsUrl: string;
  databaseFile: string;
  /** Stops the server, keeping the database so a new server can open it. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data. */
  destroy(): Promise<void>;
}

/** The real server on port 0 with its own SQLite file. */
export async function startTestServer(databaseFile?: string): Promise<TestServer> {
  const dir = databaseFile ? undefined : mkdtempSync(join(tmpdir(), 'roundtable-test-'));
  const file = databaseFile ?? join(dir as string, 'roundtable.sqlite');
  const config = {
    ...readConfig({}),
    port: 0,
    databaseFile: file,
    logLevel: 'silent',
    clientDir: join(tmpdir(), 'none'),
  };
  const roundtable = await createRoundtable(config, SqliteStore.open(file));
  const stop = () => roundtable.close();
  return {
    roundtable,
    url: roundtable.url,
    wsUrl: `${roundtable.url.replace('http', 'ws')}/collab`,
    databaseFile: file,
    stop,
    async destroy() {
      await stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
