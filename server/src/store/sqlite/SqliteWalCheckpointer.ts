import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** How often the write-ahead log is copied back into the database file. */
const CHECKPOINT_EVERY_MS = 500;
/**
 * Should the checkpointer ever fall behind, the connection that writes checkpoints
 * itself once the log reaches this many pages (about 40 MB), so the log stays bounded.
 */
const FALLBACK_CHECKPOINT_PAGES = 10_000;
/** SQLite's own default, for when the checkpointer cannot run. */
const DEFAULT_CHECKPOINT_PAGES = 1_000;

/**
 * Runs in its own thread, on its own connection: a passive checkpoint never waits for
 * the writer and never makes it wait. CommonJS, because the worker runs it as a script
 * whether the server runs compiled or from source.
 */
const checkpointerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename, { fileMustExist: true });
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Tried again next time; the writer's own fallback keeps the log bounded meanwhile.
  }
}, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Keeps copying SQLite's write-ahead log back into the database file from another
 * thread. SQLite otherwise does it inside whichever commit fills the log (every thousand
 * pages, a few seconds of steady typing), with a disk flush, on the event loop: everyone's
 * edits wait behind it. Commits are as durable either way; only where the copying
 * happens changes.
 */
export class SqliteWalCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(
    private readonly sqlite: Database.Database,
    filename: string,
  ) {
    sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(checkpointerSource, {
      eval: true,
      workerData: { driver, filename, everyMs: CHECKPOINT_EVERY_MS },
    });
    // Never what keeps the process alive; the store stops it when it closes.
    this.worker.unref();
    // A thread that fails (it reports an error, then exits) hands checkpoints back to SQLite.
    this.worker.on('error', () => {});
    this.exited = once(this.worker, 'exit').then(() => this.checkpointOnCommit());
  }

  /** Stops the thread; the connection then makes the final checkpoint as it closes. */
  stop(): Promise<void> {
    // Held until it has stopped: otherwise a process with nothing else left to do would
    // end while stopping waits for it.
    this.worker.ref();
    this.worker.postMessage('stop');
    return this.exited;
  }

  /** Without the thread, the writing connection checkpoints as SQLite does by default. */
  private checkpointOnCommit(): void {
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_CHECKPOINT_PAGES}`);
  }
}
