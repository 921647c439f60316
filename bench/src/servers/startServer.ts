import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { COLLABORATION_PATH } from '@roundtable/shared';
import { freePort } from './freePort.ts';
import { type ProcessUsage, readProcessUsage } from './readProcessUsage.ts';
import { isRoundtable, type ServerKind } from './ServerKind.ts';

export interface EventLoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface ServerOptions {
  /** Reuse this directory (to restart a server on its own data); a fresh one otherwise. */
  dataDir?: string;
  /** Keep documents across restarts (only Roundtable always does). */
  persist?: boolean;
  /** Pin the server to these CPUs with taskset, e.g. "0". */
  cpus?: string;
  /** Write a V8 CPU profile here when the server exits. */
  cpuProfileDir?: string;
}

export interface RunningServer {
  kind: ServerKind;
  pid: number;
  httpUrl: string;
  wsUrl: string;
  /** The Origin a browser page of this server would send. */
  origin: string;
  dataDir: string;
  options: ServerOptions;
  isRunning(): boolean;
  usage(): ProcessUsage;
  resetEventLoopDelay(): Promise<void>;
  readEventLoopDelay(): Promise<EventLoopDelay>;
  /** Asks the server to shut down cleanly (SIGTERM), killing it if it takes too long. */
  stop(): Promise<void>;
}

const benchDir = resolve(import.meta.dirname, '../..');
const repositoryRoot = resolve(benchDir, '..');
const require = createRequire(import.meta.url);

let hasTaskset: boolean | undefined;
function tasksetAvailable(): boolean {
  if (hasTaskset === undefined) {
    try {
      execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
      hasTaskset = true;
    } catch {
      hasTaskset = false;
    }
  }
  return hasTaskset;
}

/** Pins this process (every thread) to the given CPUs, if taskset exists; says whether it did. */
export function pinThisProcess(cpus: string): boolean {
  if (!tasksetAvailable()) return false;
  execFileSync('taskset', ['-a', '-cp', cpus, String(process.pid)], { stdio: 'ignore' });
  return true;
}

/** How each server is started: Roundtable as `pnpm start` runs it, the others as compiled JavaScript. */
function launch(kind: ServerKind): { entry: string; loader: string[] } {
  switch (kind) {
    case 'roundtable':
      return { entry: compiled(join(repositoryRoot, 'server/dist/main.js')), loader: [] };
    case 'roundtable-source':
      return {
        entry: join(repositoryRoot, 'server/src/main.ts'),
        loader: ['--conditions=roundtable-source', '--import', 'tsx'],
      };
    case 'hocuspocus':
      return { entry: compiled(join(benchDir, 'dist/servers/hocuspocusServerMain.js')), loader: [] };
    case 'y-websocket':
      return { entry: join(dirname(require.resolve('@y/websocket-server/package.json')), 'src/server.js'), loader: [] };
  }
}

function compiled(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first.`);
  return file;
}

function environment(kind: ServerKind, port: number, dataDir: string, persist: boolean): NodeJS.ProcessEnv {
  const common = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', PORT: String(port) };
  switch (kind) {
    case 'roundtable':
    case 'roundtable-source':
      return {
        ...common,
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_FILE: join(dataDir, 'roundtable.sqlite'),
        DATABASE_URL: '',
        PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'warn',
        CLIENT_DIR: join(dataDir, 'no-client'),
      };
    case 'hocuspocus':
      return { ...common, DATA_DIR: dataDir, BENCH_PERSIST: persist ? '1' : '0' };
    case 'y-websocket':
      return { ...common, HOST: '127.0.0.1', ...(persist ? { YPERSISTENCE: join(dataDir, 'leveldb') } : {}) };
  }
}

/**
 * Starts one server under test as its own process, with the event-loop probe preloaded,
 * and waits until it answers HTTP.
 */
export async function startServer(kind: ServerKind, options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `bench-${kind}-`));
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const { entry, loader } = launch(kind);
  const nodeArgs = [
    ...loader,
    '--import',
    compiled(join(benchDir, 'dist/servers/eventLoopDelayPreload.js')),
    ...(options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : []),
    entry,
  ];
  const pinned = options.cpus !== undefined && tasksetAvailable();
  const [command, args] = pinned
    ? ['taskset', ['-c', options.cpus as string, process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const child = spawn(command, args as string[], {
    cwd: benchDir,
    env: environment(kind, port, dataDir, options.persist ?? false),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const httpUrl = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(httpUrl, child, output);
  const pid = child.pid as number;
  const wsUrl = isRoundtable(kind) ? `ws://127.0.0.1:${port}${COLLABORATION_PATH}` : `ws://127.0.0.1:${port}`;

  let stopping: Promise<void> | undefined;
  return {
    kind,
    pid,
    httpUrl,
    wsUrl,
    origin: httpUrl,
    dataDir,
    options: { ...options, dataDir },
    isRunning: () => child.exitCode === null && child.signalCode === null,
    usage: () => readProcessUsage(pid),
    async resetEventLoopDelay() {
      await ask(child, 'resetEventLoopDelay', 'eventLoopDelayReset');
    },
    async readEventLoopDelay() {
      const reply = await ask(child, 'readEventLoopDelay', 'eventLoopDelay');
      return { p50Ms: Number(reply.p50Ms), p99Ms: Number(reply.p99Ms), maxMs: Number(reply.maxMs) };
    },
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output.join('')}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`The server did not answer within 60 s:\n${output.join('')}`);
}

function ask(child: ChildProcess, question: string, answer: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', listen);
      reject(new Error(`The server did not answer ${question}`));
    }, 5000);
    const listen = (message: unknown) => {
      if (
        typeof message === 'object' &&
        message !== null &&
        (message as { benchProbe?: string }).benchProbe === answer
      ) {
        clearTimeout(timer);
        child.off('message', listen);
        resolve(message as Record<string, unknown>);
      }
    };
    child.on('message', listen);
    child.send({ benchProbe: question });
  });
}
