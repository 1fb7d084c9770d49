// `pnpm bench:server`: the KIM server against json-server 0.17 and a bare Hono ceiling, autocannon 10 s x 50 connections.
// Every server runs in its own process; autocannon runs here.
// Usage: node bench/run.mjs [--duration 10] [--rounds 1] [--strict]
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '1' },
    strict: { type: 'boolean' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);
const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');
const require = createRequire(import.meta.url);
const jsonServerBin = join(dirname(require.resolve('json-server/package.json')), 'lib', 'cli', 'bin.js');

const TARGETS = { vsJsonServer: 3, uncachedVsJsonServer: 2, vsCeiling: 0.3, p99Ms: 25 };
const children = [];
let stopping = false;
const work = mkdtempSync(join(tmpdir(), 'kim-bench-'));

/** Starts a server process and resolves with its URL once `ready` matches its output. */
function start(name, args, ready, env = {}) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) resolve(match[1] ?? match[0]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      if (!stopping) reject(new Error(`${name} exited (${code}): ${output}`));
    });
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(title, options) {
  // Let the previous run's connections close, then warm up so the JIT settles before the measured run.
  await pause(1000);
  await autocannon({ ...options, connections: CONNECTIONS, duration: 2 });
  await pause(500);
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION });
  const bad = result.non2xx + result.errors + result.timeouts;
  const row = {
    title,
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    p50: result.latency.p50,
    kb: Math.round(result.throughput.average / Math.max(1, result.requests.average) / 102.4) / 10,
    bad,
  };
  console.log(
    `${title.padEnd(44)} ${String(row.rps).padStart(7)} req/s   p50 ${String(row.p50).padStart(3)} ms   p99 ${String(row.p99).padStart(3)} ms   ${row.kb} KB/resp${bad ? `   ${bad} errors/non-2xx!` : ''}`,
  );
  return row;
}

async function main() {
  console.log('Seeding a database and starting the servers...');
  const db = join(work, 'bench.db');
  const seed = spawn(process.execPath, [cli, 'seed', '--db', db], { stdio: 'inherit' });
  await new Promise((resolve, reject) =>
    seed.once('exit', (c) => (c === 0 ? resolve() : reject(new Error('seed failed')))),
  );

  const common = ['serve', '--db', db, '--host', '127.0.0.1', '--rate-limit', '1000000'];
  const kim = await start('kim-server', [cli, ...common, '--port', '18787'], /listening on (http:\/\/\S+)/);
  const kimUncached = await start(
    'kim-server --no-cache',
    [cli, ...common, '--port', '18788', '--no-cache'],
    /listening on (http:\/\/\S+)/,
  );

  // The same 20-article page for the ceiling, and the same articles for json-server.
  const page = await (await fetch(`${kim}/v1/news?limit=20`)).text();
  const all = await (await fetch(`${kim}/v1/news?limit=100`)).json();
  writeFileSync(join(work, 'page.json'), page);
  writeFileSync(join(work, 'db.json'), JSON.stringify({ news: all.data }));
  const ceiling = await start(
    'ceiling',
    [join(here, 'ceiling.mjs'), join(work, 'page.json'), '18789'],
    /listening on (http:\/\/\S+)/,
  );
  // json-server says nothing with --quiet: poll until it answers.
  start(
    'json-server',
    [jsonServerBin, '--port', '18790', '--host', '127.0.0.1', '--quiet', join(work, 'db.json')],
    /(?!)/,
  ).catch((error) => console.error(error.message));
  const jsonServer = 'http://127.0.0.1:18790';
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${jsonServer}/news?_limit=20`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const jsonPage = await (await fetch(`${jsonServer}/news?_limit=20`)).json();
  if (jsonPage.length !== 20) throw new Error('json-server does not serve the 20-article page');

  const aspiration = JSON.stringify({
    kind: 'complaint',
    title: 'Lampu jalan padam di depan sekolah',
    body: 'Lampu penerangan jalan di depan SD Negeri 5 padam sejak seminggu dan jalan gelap pada malam hari.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.01.1006',
    consent: true,
    reporter: { name: 'Warga Bench', email: 'warga.bench@example.org' },
  });

  console.log(
    `\nautocannon: ${CONNECTIONS} connections, ${DURATION} s each (after a 2 s warm-up), ${ROUNDS} round(s) ` +
      `interleaved, Node ${process.version}\n`,
  );
  const post = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: aspiration,
    setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
  };
  const plan = [
    ['ceiling', 'ceiling: bare Hono, pre-serialized page', { url: `${ceiling}/v1/news` }],
    ['json', 'json-server 0.17: GET /news?_limit=20', { url: `${jsonServer}/news?_limit=20` }],
    ['news', 'kim: GET /v1/news?limit=20', { url: `${kim}/v1/news?limit=20` }],
    ['newsUncached', 'kim, no response cache: GET /v1/news?limit=20', { url: `${kimUncached}/v1/news?limit=20` }],
    ['groups', 'kim: GET /v1/groups?q=bukit', { url: `${kim}/v1/groups?q=bukit` }],
    ['groupsUncached', 'kim, no response cache: GET /v1/groups?q=bukit', { url: `${kimUncached}/v1/groups?q=bukit` }],
    ['region', 'kim: GET /v1/news?region=19.71.01', { url: `${kim}/v1/news?region=19.71.01` }],
    [
      'regionUncached',
      'kim, no response cache: GET /v1/news?region=19.71.01',
      { url: `${kimUncached}/v1/news?region=19.71.01` },
    ],
    ['post', 'kim: POST /v1/aspirations (unique keys)', { url: `${kim}/v1/aspirations`, requests: [post] }],
  ];
  // Rounds run the whole plan again, so a noisy minute spreads over every server instead of hitting one.
  const samples = new Map(plan.map(([key]) => [key, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    if (ROUNDS > 1) console.log(`round ${round}`);
    for (const [key, title, options] of plan) samples.get(key).push(await run(title, options));
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  };
  const summary = (key) => {
    const rows = samples.get(key);
    const rps = rows.map((r) => r.rps);
    return {
      rps: median(rps),
      range: ROUNDS > 1 ? ` (${Math.min(...rps)}-${Math.max(...rps)})` : '',
      p99: median(rows.map((r) => r.p99)),
      bad: rows.reduce((sum, r) => sum + r.bad, 0),
    };
  };
  const [ceilingRow, jsonRow, news, newsUncached, groups, groupsUncached, region, regionUncached, posted] = plan.map(
    ([key]) => summary(key),
  );

  console.log(`\nmedian req/s${ROUNDS > 1 ? ' (range)' : ''} and p99 ms, cached beside uncached (response cache off):`);
  console.log(`${'endpoint'.padEnd(30)}${'cached'.padStart(24)}${'uncached'.padStart(24)}`);
  const cell = (r) => `${r.rps}${r.range} / ${r.p99} ms`.padStart(24);
  for (const [name, cached, uncached] of [
    ['GET /v1/news?limit=20', news, newsUncached],
    ['GET /v1/groups?q=bukit', groups, groupsUncached],
    ['GET /v1/news?region=19.71.01', region, regionUncached],
  ]) {
    console.log(`${name.padEnd(30)}${cell(cached)}${cell(uncached)}`);
  }
  console.log(`${'json-server GET /news'.padEnd(30)}${cell(jsonRow)}${'(no cache)'.padStart(24)}`);
  console.log(`${'ceiling (bare Hono)'.padEnd(30)}${cell(ceilingRow)}`);
  console.log(`${'POST /v1/aspirations'.padEnd(30)}${cell(posted)}`);

  const vsJson = news.rps / jsonRow.rps;
  const vsJsonUncached = newsUncached.rps / jsonRow.rps;
  const vsCeiling = news.rps / ceilingRow.rps;
  const checks = [
    [
      `news list vs json-server, cached: ${vsJson.toFixed(2)}x (target >= ${TARGETS.vsJsonServer}x)`,
      vsJson >= TARGETS.vsJsonServer,
    ],
    [
      `news list vs json-server, uncached: ${vsJsonUncached.toFixed(2)}x (target >= ${TARGETS.uncachedVsJsonServer}x)`,
      vsJsonUncached >= TARGETS.uncachedVsJsonServer,
    ],
    [
      `news list vs ceiling: ${(vsCeiling * 100).toFixed(0)}% (target >= ${TARGETS.vsCeiling * 100}%)`,
      vsCeiling >= TARGETS.vsCeiling,
    ],
    [`news list p99: ${news.p99} ms (target < ${TARGETS.p99Ms} ms)`, news.p99 < TARGETS.p99Ms],
    ['no errors or non-2xx answers', [...samples.values()].flat().every((r) => r.bad === 0)],
  ];
  console.log('');
  for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  for (const [title, row] of [
    ['groups search, cached', groups],
    ['groups search, uncached', groupsUncached],
    ['submissions', posted],
  ]) {
    console.log(
      `info  ${title}: p99 ${row.p99} ms (${row.p99 < TARGETS.p99Ms ? 'under' : 'over'} ${TARGETS.p99Ms} ms)`,
    );
  }
  return checks.every(([, ok]) => ok);
}

let passed = false;
try {
  passed = await main();
} finally {
  stopping = true;
  await Promise.all(children.map(stop));
  rmSync(work, { recursive: true, force: true });
}
if (!passed && values.strict) process.exitCode = 1;
