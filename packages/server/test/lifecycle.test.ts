// Liveness, readiness and graceful shutdown, on both engines.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { sql } from 'kysely';
import { createApp } from '../src/app.js';
import { seedDemoData } from '../src/seed/seed.js';
import { startServer } from '../src/server.js';
import { openEngine } from './helpers/engines.js';
import { aspirationInput, ENGINES, expectProblem, jsonOf } from './helpers/setup.js';

const dir = mkdtempSync(join(tmpdir(), 'kim-lifecycle-'));
after(() => rmSync(dir, { recursive: true, force: true }));

for (const engine of ENGINES) {
  describe(`readiness and liveness: ${engine}`, function () {
    this.timeout(30_000);

    it('answers /readyz while the database takes writes, and 503 once it is read-only', async () => {
      const t = await openEngine(engine, join(dir, `ready-${engine}.db`));
      try {
        const app = createApp({ storage: t.storage, onError: () => {} });
        expect(await jsonOf(await app.request('/readyz'))).to.deep.equal({ status: 'ready' });
        if (engine === 'sqlite') {
          await sql`PRAGMA query_only = ON`.execute(t.db);
        } else {
          // New sessions start read-only; end the open ones (this one last) so the pool reconnects.
          const name = new URL(t.location).pathname.slice(1);
          await sql.raw(`ALTER DATABASE ${name} SET default_transaction_read_only = on`).execute(t.db);
          await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()`.execute(t.db);
          await sql`SELECT pg_terminate_backend(pg_backend_pid())`.execute(t.db).catch(() => {});
        }
        const refused = await app.request('/readyz');
        await expectProblem(refused, 503, 'storage_unavailable');
        // Reading still works: the process is alive and serves what it can.
        expect((await app.request('/healthz')).status).to.equal(200);
      } finally {
        await t.close();
      }
    });
  });
}

describe('graceful shutdown', function () {
  this.timeout(30_000);

  it('reports not ready while draining', async () => {
    const t = await openEngine('sqlite', join(dir, 'draining.db'));
    try {
      const app = createApp({ storage: t.storage, draining: () => true, onError: () => {} });
      const problem = await expectProblem(await app.request('/readyz'), 503, 'storage_unavailable');
      expect(problem.detail).to.match(/shutting down/);
    } finally {
      await t.close();
    }
  });

  it('finishes a request in flight, refuses new connections, then stops', async () => {
    const t = await openEngine('sqlite', join(dir, 'drain.db'));
    await seedDemoData(t.storage);
    const server = await startServer({
      storage: t.storage,
      port: 0,
      hostname: '127.0.0.1',
      rateLimit: false,
      onError: () => {},
    });
    try {
      const body = JSON.stringify(aspirationInput());
      // A submission whose body arrives in two parts, the second after the server was told to stop.
      const answer = new Promise<{ status: number; body: string; connection: string | undefined }>(
        (resolve, reject) => {
          const req = httpRequest(
            {
              host: '127.0.0.1',
              port: server.port,
              path: '/v1/aspirations',
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
            },
            (res) => {
              let text = '';
              res.on('data', (chunk: Buffer) => {
                text += chunk;
              });
              res.on('end', () =>
                resolve({ status: res.statusCode ?? 0, body: text, connection: res.headers.connection }),
              );
            },
          );
          req.on('error', reject);
          req.write(body.slice(0, 20));
          setTimeout(() => req.end(body.slice(20)), 300);
        },
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(server.inFlight).to.equal(1);
      const closed = server.close(5000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const refused = await fetch(`http://127.0.0.1:${server.port}/healthz`).catch((error: unknown) => error);
      expect(refused).to.be.instanceOf(Error);
      const result = await answer;
      expect(result.status, result.body).to.equal(201);
      await closed;
      expect(server.inFlight).to.equal(0);
    } finally {
      await server.close(100);
      await t.close();
    }
  });

  it('cuts requests that outlive the drain deadline', async () => {
    const t = await openEngine('sqlite', join(dir, 'deadline.db'));
    const server = await startServer({
      storage: t.storage,
      port: 0,
      hostname: '127.0.0.1',
      rateLimit: false,
      onError: () => {},
    });
    try {
      const stalled = new Promise<string>((resolve) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port: server.port,
          path: '/v1/aspirations',
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': 1000 },
        });
        req.on('error', (error) => resolve(error.message));
        req.on('response', () => resolve('answered'));
        req.write('{');
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = performance.now();
      await server.close(300);
      expect(performance.now() - started).to.be.within(250, 3000);
      expect(await stalled).not.to.equal('answered');
    } finally {
      await t.close();
    }
  });
});
