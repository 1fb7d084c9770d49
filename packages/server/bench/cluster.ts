// `pnpm bench:cluster`: 1, 2 and 3 kim-server processes behind nginx (the committed deploy/nginx-kim-server.conf)
// over one PostgreSQL on this machine (a throwaway cluster, as the tests start), measured with autocannon:
// the news list with and without the response cache, and submissions (POST /v1/aspirations, a new Idempotency-Key
// and a client address of its own per request, the rate limit raised). json-server serves the same articles as the
// peer, and one kim-server process without nginx shows what the proxy costs. Rounds interleave every setup, so a
// noisy minute spreads over all of them; the summary gives medians and ranges.
// Usage: pnpm bench:cluster [--duration 5] [--connections 32] [--rounds 3]
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, startNginx, writeNginxConfig } from '../test/helpers/nginx.js';
import { databaseName, stopTestCluster, testCluster } from '../test/helpers/postgres-cluster.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '3' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);
const here = dirname(fileURLToPath(import.meta.url));
const CLI = join(here, '..', 'dist', 'cli.js');
const require = createRequire(import.meta.url);
const jsonServerBin = join(dirname(require.resolve('json-server/package.json')), 'lib', 'cli', 'bin.js');
const work = mkdtempSync(join(tmpdir(), 'kim-cluster-'));
const children: ChildProcess[] = [];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await pause(100);
  }
  throw new Error(`${url} did not answer`);
}

/** Starts a Node process; what it writes goes to a log in the work folder (autocannon cuts requests when it stops). */
function run(args: string[], env: Record<string, string> = {}): ChildProcess {
  const log = openSync(join(work, `process-${children.length}.log`), 'a');
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  children.push(child);
  return child;
}

interface Sample {
  rps: number;
  p99: number;
  bad: number;
}

async function measure(options: autocannon.Options): Promise<Sample> {
  await pause(500);
  await autocannon({ ...options, connections: CONNECTIONS, duration: 1 });
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

async function main() {
  const cluster = testCluster();
  const url = await cluster.createDatabase(databaseName('cluster'));
  console.log('Seeding a PostgreSQL database and starting 6 kim-server processes, 7 nginx and json-server...');
  await new Promise<void>((resolve, reject) =>
    run([CLI, 'seed', '--database-url', url]).once('exit', (c) => (c === 0 ? resolve() : reject(new Error('seed')))),
  );

  // The unit's settings (deploy/kim-server.env), with the rate limit raised for the bench.
  const env = {
    KIM_DATABASE_URL: url,
    KIM_DB_POOL_SIZE: '8',
    KIM_PUBLIC_URL: 'https://kim.example.go.id',
    KIM_TRUST_PROXY: 'loopback',
    KIM_RATE_LIMIT: '1000000',
    KIM_RATE_LIMIT_STORE: 'database',
  };
  const ports = { cached: [] as number[], uncached: [] as number[] };
  for (const mode of ['cached', 'uncached'] as const) {
    for (let i = 0; i < 3; i++) {
      const port = await freePort();
      ports[mode].push(port);
      const flags = mode === 'uncached' ? ['--no-cache'] : [];
      run([CLI, 'serve', '--no-migrate', '--host', '127.0.0.1', '--port', String(port), ...flags], env);
    }
  }
  for (const port of [...ports.cached, ...ports.uncached]) await waitFor(`http://127.0.0.1:${port}/readyz`);

  // One nginx per setup: 1, 2 or 3 processes, with or without the response cache.
  const balancers = new Map<string, string>();
  for (const mode of ['cached', 'uncached'] as const) {
    for (const n of [1, 2, 3]) {
      const port = await freePort();
      const dir = join(work, `nginx-${mode}-${n}`);
      writeNginxConfig(dir, port, ports[mode].slice(0, n));
      children.push(startNginx(dir));
      balancers.set(`${mode}${n}`, `http://127.0.0.1:${port}`);
      await waitFor(`http://127.0.0.1:${port}/healthz`);
    }
  }

  // json-server 0.17 with the same articles.
  const direct = `http://127.0.0.1:${ports.uncached[0]}`;
  const all = (await (await fetch(`${direct}/v1/news?limit=100`)).json()) as { data: unknown[] };
  writeFileSync(join(work, 'db.json'), JSON.stringify({ news: all.data }));
  const jsonPort = await freePort();
  run([jsonServerBin, '--port', String(jsonPort), '--host', '127.0.0.1', '--quiet', join(work, 'db.json')]);
  const jsonServer = `http://127.0.0.1:${jsonPort}`;
  await waitFor(`${jsonServer}/news?_limit=20`);

  const body = JSON.stringify({
    kind: 'complaint',
    title: 'Lampu jalan padam di depan sekolah',
    body: 'Lampu penerangan jalan di depan SD Negeri 5 padam sejak seminggu dan jalan gelap pada malam hari.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.01.1006',
    consent: true,
    reporter: { name: 'Warga Bench', email: 'warga.bench@example.org' },
  });
  let client = 0;
  const post = (base: string): autocannon.Options => ({
    url: `${base}/v1/aspirations`,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        // Each request a new key and a client address of its own, as citizens' phones would be.
        setupRequest: (request) => {
          client++;
          const ip = `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`;
          return {
            ...request,
            headers: { ...request.headers, 'idempotency-key': randomUUID(), 'x-forwarded-for': ip },
          };
        },
      },
    ],
  });

  const plan: [string, autocannon.Options][] = [
    ['json-server GET /news?_limit=20', { url: `${jsonServer}/news?_limit=20` }],
  ];
  plan.push(['1 process, no nginx, uncached list', { url: `${direct}/v1/news?limit=20` }]);
  for (const n of [1, 2, 3]) {
    plan.push([`${n} list cached`, { url: `${balancers.get(`cached${n}`)}/v1/news?limit=20` }]);
    plan.push([`${n} list uncached`, { url: `${balancers.get(`uncached${n}`)}/v1/news?limit=20` }]);
    plan.push([`${n} submissions`, post(balancers.get(`cached${n}`)!)]);
  }

  console.log(
    `\nautocannon: ${CONNECTIONS} connections, ${DURATION} s each after a 1 s warm-up, ${ROUNDS} rounds interleaved; ` +
      `${availableParallelism()} CPU cores shared by PostgreSQL, nginx, the processes and autocannon; ` +
      `Node ${process.version}; load ${loadavg()[0]!.toFixed(1)}\n`,
  );
  const samples = new Map<string, Sample[]>(plan.map(([name]) => [name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, options] of plan) {
      const s = await measure(options);
      samples.get(name)!.push(s);
      console.log(
        `round ${round}  ${name.padEnd(36)} ${String(s.rps).padStart(6)} req/s  p99 ${String(s.p99).padStart(4)} ms` +
          (s.bad ? `  ${s.bad} errors/non-2xx!` : ''),
      );
    }
  }

  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)]!;
  const cell = (name: string) => {
    const rows = samples.get(name)!;
    const rps = rows.map((r) => r.rps);
    const bad = rows.reduce((sum, r) => sum + r.bad, 0);
    return {
      rps: median(rps),
      text: `${median(rps)} (${Math.min(...rps)}-${Math.max(...rps)}) / ${median(rows.map((r) => r.p99))} ms${bad ? ` ${bad} bad!` : ''}`,
    };
  };
  console.log(`\nmedian req/s (range) / median p99, behind nginx over one PostgreSQL:`);
  console.log(
    `${'processes'.padEnd(11)}${'news list, cached'.padEnd(30)}${'news list, uncached'.padEnd(30)}submissions`,
  );
  for (const n of [1, 2, 3]) {
    console.log(
      `${String(n).padEnd(11)}${cell(`${n} list cached`).text.padEnd(30)}${cell(`${n} list uncached`).text.padEnd(30)}` +
        cell(`${n} submissions`).text,
    );
  }
  const json = cell('json-server GET /news?_limit=20');
  const alone = cell('1 process, no nginx, uncached list');
  console.log(`${'json-server 0.17, one process, GET /news?_limit=20 (no cache):'.padEnd(68)}${json.text}`);
  console.log(`${'one kim-server process without nginx, uncached list:'.padEnd(68)}${alone.text}`);
  const ratio = (a: string, b: string) => (cell(a).rps / cell(b).rps).toFixed(2);
  console.log(
    `\nscaling 1 -> 2 -> 3 processes: cached list x${ratio('2 list cached', '1 list cached')} x${ratio('3 list cached', '1 list cached')}, ` +
      `uncached list x${ratio('2 list uncached', '1 list uncached')} x${ratio('3 list uncached', '1 list uncached')}, ` +
      `submissions x${ratio('2 submissions', '1 submissions')} x${ratio('3 submissions', '1 submissions')}`,
  );
  console.log(
    `uncached list vs json-server: 1 process behind nginx ${(cell('1 list uncached').rps / json.rps).toFixed(2)}x, ` +
      `3 processes ${(cell('3 list uncached').rps / json.rps).toFixed(2)}x, 1 process without nginx ${(alone.rps / json.rps).toFixed(2)}x`,
  );
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  // nginx and autocannon's last connections first, then the processes (SIGTERM: they drain and stop).
  for (const child of children.filter((c) => c.spawnfile.endsWith('nginx'))) child.kill('SIGQUIT');
  await pause(500);
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await pause(1500);
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  stopTestCluster();
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
