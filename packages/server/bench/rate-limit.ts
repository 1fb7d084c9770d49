// `pnpm bench:rate-limit`: what one take costs in each limiter: in memory, in SQLite, in PostgreSQL (a throwaway
// cluster on a unix socket, as the tests start). Usage: node --import tsx bench/rate-limit.ts [--takes 20000]
import { parseArgs } from 'node:util';
import { type Limiter, RateLimiter } from '../src/http/rate-limiter.js';
import { StorageRateLimiter } from '../src/http/storage-rate-limiter.js';
import { createPostgresStorage } from '../src/storage/postgres/postgres-storage.js';
import { createSqliteStorage } from '../src/storage/sqlite/sqlite-storage.js';
import { databaseName, stopTestCluster, testCluster } from '../test/helpers/postgres-cluster.js';

const { values } = parseArgs({ options: { takes: { type: 'string', default: '20000' } } });
const TAKES = Number(values.takes);
const rule = { limit: 30, windowSeconds: 60 };

async function measure(name: string, limiter: Limiter): Promise<void> {
  // 1,000 clients, as many keys as a busy minute brings.
  for (let i = 0; i < 2000; i++) await limiter.take(`10.0.${i % 250}.${i % 4}`);
  const started = performance.now();
  for (let i = 0; i < TAKES; i++) await limiter.take(`10.0.${i % 250}.${i % 4}`);
  const us = ((performance.now() - started) / TAKES) * 1000;
  console.log(`${name.padEnd(34)} ${us.toFixed(1).padStart(8)} µs per take`);
}

const sqlite = createSqliteStorage({ path: ':memory:' });
await sqlite.migrate();
const cluster = testCluster();
const postgres = createPostgresStorage({ url: await cluster.createDatabase(databaseName('limits')), poolSize: 2 });
await postgres.migrate();
try {
  console.log(`${TAKES} sequential takes each (after 2,000 to warm up), Node ${process.version}`);
  await measure('memory (RateLimiter)', new RateLimiter(rule));
  await measure('SQLite file in memory (storage)', new StorageRateLimiter(sqlite, 'bench', rule));
  await measure('PostgreSQL, unix socket (storage)', new StorageRateLimiter(postgres, 'bench', rule));
} finally {
  await sqlite.close();
  await postgres.close();
  stopTestCluster();
}
