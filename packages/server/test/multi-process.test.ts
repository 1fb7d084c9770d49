// Several processes on one database: the Idempotency-Key race across processes, and two servers sharing one
// SQLite file (two processes used to lose 303 of 2,000 concurrent submissions to "database is locked").
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { seedDemoData } from '../src/seed/seed.js';
import { type OpenedEngine, openEngine } from './helpers/engines.js';
import { aspirationInput, ENGINES, type Engine, json } from './helpers/setup.js';

const SUBMITTER = fileURLToPath(new URL('./helpers/submitter.ts', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kim-multi-'));
after(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { outcome: string; aspiration?: { id: string }; message?: string };

/** Starts `count` submitter processes on one database and resolves once all of them are ready. */
async function submitters(t: OpenedEngine, count: number): Promise<ChildProcess[]> {
  const children = Array.from({ length: count }, () =>
    fork(SUBMITTER, [t.location, t.engine], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  await Promise.all(children.map((child) => once(child, 'message')));
  return children;
}

/** Starts `kim-server serve` on the engine's database and resolves with its URL. */
async function server(engine: Engine, location: string): Promise<{ url: string; child: ChildProcess }> {
  const target = engine === 'postgres' ? ['--database-url', location] : ['--db', location];
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, 'serve', ...target, '--port', '0', '--host', '127.0.0.1', '--rate-limit', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', () => reject(new Error(`kim-server exited early: ${output}`)));
  });
  return { url, child };
}

for (const engine of ENGINES) {
  describe(`several processes on one database: ${engine}`, function () {
    this.timeout(180_000);
    let t: OpenedEngine;
    before(async () => {
      t = await openEngine(engine, join(dir, `shared-${engine}.db`));
      await seedDemoData(t.storage);
    });
    after(async () => {
      await t?.close();
    });

    it('stores one aspiration for one Idempotency-Key sent by four processes at once', async () => {
      const children = await submitters(t, 4);
      const replies = children.map((child) => once(child, 'message') as Promise<[Outcome[]]>);
      for (const child of children) {
        child.send({
          submissions: [
            { key: `race-${engine}`, requestHash: 'same' },
            { key: `race-${engine}`, requestHash: 'same' },
            { key: `race-other-${engine}`, requestHash: 'other' },
          ],
        });
      }
      const outcomes = (await Promise.all(replies)).flatMap(([results]) => results);
      await Promise.all(children.map((child) => (child.exitCode === null ? once(child, 'exit') : undefined)));
      expect(
        outcomes.filter((o) => o.outcome === 'error'),
        JSON.stringify(outcomes),
      ).to.deep.equal([]);
      const same = outcomes.filter((_, i) => i % 3 !== 2);
      expect(same.filter((o) => o.outcome === 'created')).to.have.length(1);
      expect(same.filter((o) => o.outcome === 'replayed')).to.have.length(7);
      expect(new Set(same.map((o) => o.aspiration?.id)).size).to.equal(1);
      const stored = await t.storage.listAspirations({ limit: 100 });
      expect(stored.filter((a) => same[0]?.aspiration?.id === a.id)).to.have.length(1);
    });

    it(`takes ${engine === 'sqlite' ? '2,000' : '1,000'} concurrent submissions through two server processes without a failure`, async () => {
      const total = engine === 'sqlite' ? 2000 : 1000;
      const servers = await Promise.all([server(engine, t.location), server(engine, t.location)]);
      try {
        const before = (await t.storage.listAspirations({ limit: 100_000 })).length;
        const statuses = new Map<number, number>();
        let next = 0;
        const worker = async () => {
          while (next < total) {
            const i = next++;
            const response = await fetch(
              `${servers[i % 2]!.url}/v1/aspirations`,
              json(aspirationInput(), { 'Idempotency-Key': `load-${engine}-${i}` }),
            );
            await response.arrayBuffer();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          }
        };
        await Promise.all(Array.from({ length: 64 }, worker));
        expect(Object.fromEntries(statuses)).to.deep.equal({ 201: total });
        expect((await t.storage.listAspirations({ limit: 100_000 })).length).to.equal(before + total);
      } finally {
        for (const { child } of servers) {
          child.kill('SIGTERM');
          if (child.exitCode === null) await once(child, 'exit');
        }
      }
    });
  });
}
