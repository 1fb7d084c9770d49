// Moves WAL checkpoints off the event loop: a worker thread with its own connection copies the WAL into the database.
import { Worker } from 'node:worker_threads';

/** How often the worker checkpoints, in milliseconds. */
const INTERVAL_MS = 1000;

// Runs in the worker. PASSIVE never blocks the serving connection's readers or writer; the fsync it ends with is
// what used to stall every request for tens of milliseconds when SQLite checkpointed inside a commit.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const tick = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
const timer = setInterval(tick, workerData.interval);
parentPort.on('message', () => { clearInterval(timer); tick(); db.close(); parentPort.close(); });
`;

export interface Checkpointer {
  /** Checkpoints once more and stops the worker. */
  stop(): Promise<void>;
}

/** Starts checkpointing `path` (a WAL database file) in a worker thread. */
export function startCheckpointer(path: string, driver: string): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, interval: INTERVAL_MS } });
  // The worker must never keep the process alive on its own.
  worker.unref();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        // Referenced again, so the process waits for the last checkpoint instead of exiting while the caller awaits.
        worker.ref();
        worker.postMessage('stop');
      }),
  };
}
