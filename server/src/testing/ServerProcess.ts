import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { eventually } from './connectDocument.ts';

export interface ServerProcessOptions {
  /** Folder for the SQLite file (and where it stays between restarts). */
  dataDir: string;
  /** A Postgres connection string to use instead of SQLite. */
  databaseUrl?: string;
  /** Port to listen on; 0 picks a free one (a restart keeps the first one picked). */
  port?: number;
  env?: Record<string, string>;
}

/**
 * Roundtable as its own process, started from the server's source as `pnpm dev` runs
 * it, so a test can kill it (SIGKILL or SIGTERM) in the middle of work and start it
 * again on the same data.
 */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);
  output = '';
  url = '';

  private constructor(private readonly options: ServerProcessOptions) {}

  static async start(options: ServerProcessOptions): Promise<ServerProcess> {
    const server = new ServerProcess(options);
    await server.restart();
    return server;
  }

  get wsUrl(): string {
    return `${this.url.replace('http', 'ws')}/collab`;
  }

  /** Starts the process (again, on the same port and data, with `env` added) and waits until it is ready. */
  async restart(env: Record<string, string> = {}): Promise<void> {
    const port = this.url ? new URL(this.url).port : String(this.options.port ?? 0);
    this.output = '';
    const child = spawn(process.execPath, ['--conditions=roundtable-source', '--import', 'tsx', 'src/main.ts'], {
      cwd: join(import.meta.dirname, '../..'),
      env: {
        ...process.env,
        PORT: port,
        DATA_DIR: this.options.dataDir,
        LOG_LEVEL: process.env.DURABILITY_LOG_LEVEL ?? 'error',
        DATABASE_URL: this.options.databaseUrl ?? '',
        ...this.options.env,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const keep = (data: Buffer) => {
      this.output += data.toString();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    await eventually(
      () => {
        if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${this.output}`);
        return /ready at (http:\S+)/.test(this.output);
      },
      'the server says it is ready',
      60_000,
    );
    this.url = /ready at (http:\S+)/.exec(this.output)?.[1] ?? '';
  }

  /** Sends a signal and resolves with the exit code once the process has gone. */
  async stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<number | null> {
    this.child?.kill(signal);
    return this.exited;
  }

  /** Kills it if it is still running (for afterEach). */
  async dispose(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) await this.stop('SIGKILL');
  }
}
