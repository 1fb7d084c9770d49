// The kim-server command end to end, run from source in a child process.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { sql } from 'kysely';
import { openDatabase } from '../src/storage/sqlite/database.js';
import { databaseName, testCluster } from './helpers/postgres-cluster.js';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const run = promisify(execFile);
const kim = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env } });

describe('kim-server CLI', function () {
  // Each command is a Node process compiling the sources with tsx: seconds apiece on a busy machine.
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'kim-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'nested', 'kim.db');

  it('prints help', async () => {
    const { stdout } = await kim(['--help']);
    expect(stdout).to.include('import-regions FILE.csv');
    expect(stdout).to.include('KIM_ADMIN_TOKEN');
  });

  it('exits with status 2 and a message on a bad flag', async () => {
    const error = (await kim(['--port', 'x']).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).to.equal(2);
    expect(error.stderr).to.include('--port');
  });

  it('seeds, imports regions and serves a file database, then stops on SIGTERM', async () => {
    const seeded = await kim(['seed', '--db', db]);
    expect(seeded.stdout).to.match(/15 groups, 66 news articles, 6 aspirations/);
    const csv = join(dir, 'regions.csv');
    writeFileSync(csv, 'code,name\n11,Aceh\n11.01,Kabupaten Aceh Selatan\n');
    const imported = await kim(['import-regions', csv], { KIM_DB: db });
    expect(imported.stdout).to.match(/Imported 2 regions/);

    let child: ChildProcess | undefined;
    try {
      child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--host', '127.0.0.1'], {
        env: { ...process.env, KIM_DB: db, KIM_ADMIN_TOKEN: 'cli-token' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        child!.stdout!.on('data', (chunk: Buffer) => {
          output += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child!.once('exit', () => reject(new Error(`exited early: ${output}`)));
      });
      const news = (await (await fetch(`${url}/v1/news?region=19.71&limit=2`)).json()) as { data: unknown[] };
      expect(news.data).to.have.length(2);
      const provinces = (await (await fetch(`${url}/v1/regions`)).json()) as { data: { code: string }[] };
      expect(provinces.data.map((r) => r.code)).to.deep.equal(['11', '19']);
      const adminList = await fetch(`${url}/v1/admin/aspirations`, { headers: { Authorization: 'Bearer cli-token' } });
      expect(adminList.status).to.equal(200);

      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).to.equal(0);
      child = undefined;
    } finally {
      child?.kill('SIGKILL');
    }
  });

  it('migrates as its own command, reports what it did, and checks without changing anything', async () => {
    const file = join(dir, 'migrate.db');
    const check = (await kim(['migrate', '--check', '--db', file]).catch((e: unknown) => e)) as {
      code: number;
      stdout: string;
    };
    expect(check.code).to.equal(3);
    expect(check.stdout).to.match(/lacks 2 migrations: 0001_initial, 0002_scale/);
    const applied = await kim(['migrate', '--db', file]);
    expect(applied.stdout).to.match(/Applied 2 migrations to .*: 0001_initial, 0002_scale/);
    expect((await kim(['migrate', '--check', '--db', file])).stdout).to.match(/is up to date \(2 migrations\)/);
    expect((await kim(['migrate', '--db', file])).stdout).to.match(/was up to date/);
  });

  it('refuses to serve a schema newer than it knows, or an outdated one with --no-migrate, in one line', async () => {
    const outdated = join(dir, 'outdated.db');
    const refused = (await kim(['serve', '--no-migrate', '--port', '0', '--db', outdated]).catch(
      (e: unknown) => e,
    )) as {
      code: number;
      stderr: string;
    };
    expect(refused.code).to.equal(3);
    expect(refused.stderr.trim().split('\n')).to.deep.equal([
      'kim-server: the database lacks migrations 0001_initial, 0002_scale: run kim-server migrate first (or serve without --no-migrate)',
    ]);

    const newer = join(dir, 'newer.db');
    await kim(['migrate', '--db', newer]);
    const opened = openDatabase(newer);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('0099_next_year', '2027-11-01T00:00:00.000Z')`.execute(
      opened.db,
    );
    await opened.close();
    for (const args of [['serve', '--port', '0'], ['seed'], ['migrate']]) {
      const error = (await kim([...args, '--db', newer]).catch((e: unknown) => e)) as { code: number; stderr: string };
      expect(error.code, args[0]).to.equal(3);
      const lines = error.stderr.trim().split('\n');
      expect(lines, args[0]).to.have.length(1);
      expect(lines[0]).to.match(
        /^kim-server: the database schema is newer than this kim-server: it has migration 0099_next_year/,
      );
    }
  });

  it('seeds, migrates and serves PostgreSQL given --database-url', async () => {
    const url = await testCluster().createDatabase(databaseName('cli'));
    expect((await kim(['migrate', '--database-url', url])).stdout).to.match(/Applied 2 migrations to .*\(PostgreSQL\)/);
    const seeded = await kim(['seed'], { KIM_DATABASE_URL: url });
    expect(seeded.stdout).to.match(/15 groups, 66 news articles, 6 aspirations/);
    let child: ChildProcess | undefined;
    try {
      child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--host', '127.0.0.1', '--no-migrate'], {
        env: { ...process.env, KIM_DATABASE_URL: url },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      const base = await new Promise<string>((resolve, reject) => {
        child!.stdout!.on('data', (chunk: Buffer) => {
          output += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        child!.once('exit', () => reject(new Error(`exited early: ${output}`)));
      });
      expect(output).to.include('(PostgreSQL)');
      expect(output).not.to.include('password');
      const news = (await (await fetch(`${base}/v1/news?region=19.71&limit=2`)).json()) as { data: unknown[] };
      expect(news.data).to.have.length(2);
      expect((await fetch(`${base}/readyz`)).status).to.equal(200);
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).to.equal(0);
      child = undefined;
    } finally {
      child?.kill('SIGKILL');
    }
  });
});
