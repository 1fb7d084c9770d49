#!/usr/bin/env node
// `pnpm test`: builds, type-checks, lints and runs every suite, then prints one line `N passed, N failed`.
// Suites report through mocha's "N passing / N failing" or the KIM-TEST-RESULT line of scripts/wtr-shared.mjs;
// a step that reports no counts (build, lint, budgets) counts as one check.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);

const hasScript = (dir, name) => {
  const file = `${root}/${dir}/package.json`;
  return existsSync(file) && Boolean(JSON.parse(readFileSync(file, 'utf8')).scripts?.[name]);
};

/** Steps in order; `when` leaves out a step whose package does not have it yet. */
const steps = [
  { name: 'build', cmd: 'pnpm run build' },
  { name: 'typecheck', cmd: 'pnpm run typecheck' },
  { name: 'lint', cmd: 'pnpm run lint' },
  { name: 'sdk', cmd: 'pnpm --filter @kim-kit/sdk run test' },
  { name: 'server', cmd: 'pnpm --filter @kim-kit/server run test', when: () => hasScript('packages/server', 'test') },
  {
    name: 'widgets',
    cmd: 'pnpm --filter @kim-kit/widgets run test',
    when: () => hasScript('packages/widgets', 'test'),
  },
  { name: 'size', cmd: 'pnpm run size' },
  {
    name: 'examples',
    cmd: 'node scripts/test-examples.mjs',
    when: () => existsSync(`${root}/scripts/test-examples.mjs`),
  },
  { name: 'e2e', cmd: 'pnpm run e2e', when: () => hasScript('.', 'e2e') },
  { name: 'storybook', cmd: 'pnpm run storybook:test', when: () => hasScript('.', 'storybook:test') },
  { name: 'release', cmd: 'pnpm run release:check', when: () => hasScript('.', 'release:check') },
];

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, { cwd: root, shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    const onData = (stream) => (chunk) => {
      out += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function countsIn(output) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strip terminal colour codes
  const text = output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  let passed = 0;
  let failed = 0;
  let found = false;
  for (const m of text.matchAll(/^\s*(\d+) passing\b/gm)) {
    passed += Number(m[1]);
    found = true;
  }
  for (const m of text.matchAll(/^\s*(\d+) failing\b/gm)) failed += Number(m[1]);
  for (const m of text.matchAll(/^KIM-TEST-RESULT passed=(\d+) failed=(\d+)/gm)) {
    passed += Number(m[1]);
    failed += Number(m[2]);
    found = true;
  }
  return { passed, failed, found };
}

const summary = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  if (step.when && !step.when()) continue;
  console.log(`\n=== ${step.name}: ${step.cmd}`);
  const started = Date.now();
  const { code, out } = await run(step);
  const counts = countsIn(out);
  let p = counts.passed;
  let f = counts.failed;
  if (!counts.found) {
    if (code === 0) p = 1;
    else f = 1;
  } else if (code !== 0 && f === 0) {
    f = 1; // the runner failed without a failing test (a crash, a file that did not load)
  }
  passed += p;
  failed += f;
  summary.push(
    `${step.name.padEnd(10)} ${code === 0 ? 'ok  ' : 'FAIL'} ${p} passed, ${f} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
console.log('\n=== summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
