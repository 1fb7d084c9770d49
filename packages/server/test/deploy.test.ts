// The files of deploy/ and the steps of docs/running.md, run for real: the systemd unit checked by systemd and its
// ExecStart line started as it is, nginx with the committed configuration in front of two such processes (one
// restarted while requests flow), and a pg_dump backup restored into a new database.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { createApp } from '../src/app.js';
import { seedDemoData } from '../src/seed/seed.js';
import { createPostgresStorage } from '../src/storage/postgres/postgres-storage.js';
import type { Storage } from '../src/storage/storage.js';
import { freePort, NGINX, NGINX_SITE, startNginx, writeNginxConfig } from './helpers/nginx.js';
import { databaseName, postgresBinDir, testCluster } from './helpers/postgres-cluster.js';
import { ADMIN_TOKEN, aspirationInput, json, PUBLIC_URL } from './helpers/setup.js';

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const CLI = here('../src/cli.ts');
const UNIT = readFileSync(here('../deploy/kim-server@.service'), 'utf8');
const ENV_FILE = readFileSync(here('../deploy/kim-server.env'), 'utf8');

/** `[Section]` -> key -> values (a key may repeat), as systemd reads a unit. */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const pair = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (!pair || !current) throw new Error(`not a unit line: ${line}`);
    current.set(pair[1]!, [...(current.get(pair[1]!) ?? []), pair[2]!]);
  }
  return sections;
}

/** KEY=value lines of an EnvironmentFile. */
function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const pair = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (pair) env[pair[1]!] = pair[2]!;
  }
  return env;
}

async function waitFor(url: string, deadline = Date.now() + 60_000): Promise<void> {
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const unit = parseUnit(UNIT);
const service = unit.get('Service')!;

describe('deploy/: running kim-server for a Dinas', function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'kim-deploy-'));
  const children: ChildProcess[] = [];
  const cluster = testCluster();
  const databases: string[] = [];
  let url: string;
  let seeded: Storage;

  before(async () => {
    const name = databaseName('deploy');
    databases.push(name);
    url = await cluster.createDatabase(name);
    seeded = createPostgresStorage({ url, poolSize: 2 });
    await seeded.migrate();
    await seedDemoData(seeded);
  });
  after(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await seeded?.close();
    for (const name of databases) await cluster.dropDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  });

  describe('the systemd unit', () => {
    it('passes systemd-analyze verify, or where systemd is absent, reads as a unit should', async () => {
      const sections = [...unit.keys()];
      expect(sections).to.deep.equal(['Unit', 'Service', 'Install']);
      expect(service.get('ExecStart')![0]).to.match(/^\/usr\/bin\/node \S+\/cli\.js serve --no-migrate .*--port %i$/);
      expect(service.get('EnvironmentFile')).to.deep.equal(['/etc/kim/kim-server.env']);
      expect(service.get('KillSignal')).to.deep.equal(['SIGTERM']);
      expect(service.get('RestartPreventExitStatus')).to.deep.equal(['2 3']);
      const analyze = await run('systemd-analyze', ['--version']).then(
        () => true,
        () => false,
      );
      if (!analyze) return;
      const unitDir = join(dir, 'units');
      mkdirSync(unitDir);
      writeFileSync(join(unitDir, 'kim-server@.service'), UNIT);
      // Its warnings (unknown keys, a missing program) go to stderr with status 0 or 1: neither is allowed.
      const result = await run('systemd-analyze', [
        'verify',
        '--man=no',
        join(unitDir, 'kim-server@8701.service'),
      ]).catch((e: { code: number; stderr: string }) => e);
      expect(result.stderr.trim(), 'systemd-analyze verify').to.equal('');
    });

    it('lists every variable of the environment file in the README', () => {
      const readme = readFileSync(here('../README.md'), 'utf8');
      for (const key of Object.keys(parseEnvFile(ENV_FILE))) expect(readme, key).to.include(key);
    });
  });

  describe('nginx with the committed configuration', () => {
    const ngDir = join(dir, 'nginx');
    let nginxPort: number;
    const ports: number[] = [];

    /** Starts one process the way the unit does: its ExecStart, with the environment file. */
    const startProcess = async (port: number) => {
      const [, , ...args] = service.get('ExecStart')![0]!.replace('%i', String(port)).split(/\s+/);
      const token = join(dir, 'admin-token');
      writeFileSync(token, ADMIN_TOKEN, { mode: 0o600 });
      const env = {
        ...process.env,
        ...parseEnvFile(ENV_FILE),
        KIM_DATABASE_URL: url,
        KIM_DB_POOL_SIZE: '3',
        KIM_PUBLIC_URL: PUBLIC_URL,
        KIM_ADMIN_TOKEN_FILE: token,
      };
      const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let output = '';
      child.stdout!.on('data', (c: Buffer) => (output += c));
      child.stderr!.on('data', (c: Buffer) => (output += c));
      await waitFor(`http://127.0.0.1:${port}/readyz`);
      return { child, output: () => output };
    };

    before(async () => {
      chmodSync(dir, 0o755);
      ports.push(await freePort(), await freePort());
      nginxPort = await freePort();
      expect(NGINX_SITE.match(/server 127\.0\.0\.1:\d+ /g)).to.have.length(3);
      writeNginxConfig(ngDir, nginxPort, ports);
    });

    it('passes nginx -t', async () => {
      const { stderr } = await run(NGINX, ['-t', '-p', ngDir, '-c', join(ngDir, 'nginx.conf')]);
      expect(stderr).to.include('test is successful');
    });

    it('serves the API from two processes, and keeps answering while one of them restarts', async () => {
      const processes = [await startProcess(ports[0]!), await startProcess(ports[1]!)];
      const nginx = startNginx(ngDir);
      children.push(nginx);
      const base = `http://127.0.0.1:${nginxPort}`;
      await waitFor(`${base}/healthz`);

      const direct = await (await fetch(`http://127.0.0.1:${ports[0]}/v1/news?limit=5`)).text();
      const proxied = await fetch(`${base}/v1/news?limit=5`);
      expect(proxied.status).to.equal(200);
      expect(await proxied.text()).to.equal(direct);
      // A submission through nginx: the client's address is the one nginx appended (KIM_TRUST_PROXY=loopback).
      const created = await fetch(`${base}/v1/aspirations`, json(aspirationInput(), { 'Idempotency-Key': 'deploy-1' }));
      expect(created.status, await created.clone().text()).to.equal(201);
      expect(created.headers.get('ratelimit-limit')).to.equal('30');

      // Requests without pause while process 0 is stopped (SIGTERM, as systemctl restart sends) and started again.
      let flowing = true;
      const statuses: number[] = [];
      const flow = (async () => {
        while (flowing) {
          const response = await fetch(`${base}/v1/news?limit=2`).catch(() => undefined);
          statuses.push(response?.status ?? 0);
          await response?.arrayBuffer();
        }
      })();
      await new Promise((r) => setTimeout(r, 300));
      const stopping = processes[0]!;
      stopping.child.kill('SIGTERM');
      const [code] = await once(stopping.child, 'exit');
      expect(code, stopping.output()).to.equal(0);
      await new Promise((r) => setTimeout(r, 500));
      processes[0] = await startProcess(ports[0]!);
      await new Promise((r) => setTimeout(r, 300));
      flowing = false;
      await flow;
      expect(statuses.length).to.be.greaterThan(10);
      expect(statuses.filter((s) => s !== 200)).to.deep.equal([]);

      nginx.kill('SIGQUIT');
      for (const p of processes) p.child.kill('SIGTERM');
      await Promise.all([once(nginx, 'exit'), ...processes.map((p) => once(p.child, 'exit'))]);
    });
  });

  describe('backup and restore', () => {
    it('restores a pg_dump of the seeded database into a new one that answers the API the same', async () => {
      const bin = postgresBinDir();
      const dump = join(dir, 'kim.dump');
      await run(join(bin, 'pg_dump'), ['--format=custom', '--file', dump, url]);
      const name = databaseName('restored');
      databases.push(name);
      const restoredUrl = await cluster.createDatabase(name);
      await run(join(bin, 'pg_restore'), ['--no-owner', '--exit-on-error', '--dbname', restoredUrl, dump]);

      const restored = createPostgresStorage({ url: restoredUrl, poolSize: 2 });
      try {
        const options = {
          adminToken: ADMIN_TOKEN,
          publicUrl: PUBLIC_URL,
          rateLimit: false as const,
          onError: () => {},
        };
        const before = createApp({ ...options, storage: seeded });
        const after = createApp({ ...options, storage: restored });
        for (const path of ['/v1/news?limit=100', '/v1/news?q=posyan', '/v1/groups?limit=100', '/v1/categories']) {
          const text = await (await before.request(path)).text();
          expect(await (await after.request(path)).text(), path).to.equal(text);
        }
        expect((await restored.schemaStatus()).pending).to.deep.equal([]);
        // Identities were restored with their sequences: a new submission takes the next number.
        const created = await after.request('/v1/aspirations', json(aspirationInput()));
        expect(created.status, await created.clone().text()).to.equal(201);
      } finally {
        await restored.close();
      }
    });
  });
});
