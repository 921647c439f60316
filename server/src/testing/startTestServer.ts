import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, readConfig } from '../config.ts';
import { createRoundtable, type Roundtable, type RoundtableOptions } from '../createRoundtable.ts';
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

export interface TestServerOptions extends RoundtableOptions {
  /** Open this database (to restart a server over the same data) instead of a fresh one. */
  databaseFile?: string;
  /** Settings as if from the environment, e.g. { SMTP_URL: 'smtp://127.0.0.1:2525' }. */
  env?: NodeJS.ProcessEnv;
  config?: Partial<Config>;
}

/** The real server on port 0 with its own SQLite file. */
export async function startTestServer(databaseFileOrOptions?: string | TestServerOptions): Promise<TestServer> {
  const options =
    typeof databaseFileOrOptions === 'string' ? { databaseFile: databaseFileOrOptions } : (databaseFileOrOptions ?? {});
  const { databaseFile } = options;
  const dir = databaseFile ? undefined : mkdtempSync(join(tmpdir(), 'roundtable-test-'));
  const file = databaseFile ?? join(dir as string, 'roundtable.sqlite');
  const config = {
    ...readConfig(options.env ?? {}),
    port: 0,
    databaseFile: file,
    logLevel: 'silent',
    clientDir: join(tmpdir(), 'none'),
    ...options.config,
  };
  const roundtable = await createRoundtable(config, SqliteStore.open(file), options);
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
