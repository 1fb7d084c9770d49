// The kim-server command end to end, run from source in a child process.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { sql } from 'kysely';
import { openDatabase } from '../src/storage/sqlite/database.js';
import { SQLITE_MIGRATIONS } from '../src/storage/sqlite/migrations/index.js';
import { CLI, fails, kim, serve } from './helpers/cli.js';
import { databaseName, testCluster } from './helpers/postgres-cluster.js';

/** Every migration this server knows, in order, as the CLI names them (a new migration needs no edit here). */
const MIGRATIONS = Object.keys(SQLITE_MIGRATIONS);
const COUNT = MIGRATIONS.length;
const LIST = MIGRATIONS.join(', ');

const TOKEN = 'cli-token-0123456789abcdefghijklmnop';

describe('kim-server CLI', function () {
  // Each command is a Node process compiling the sources with tsx: seconds apiece on a busy machine.
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'kim-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'nested', 'kim.db');

  it('prints help', async () => {
    const { stdout } = await kim(['--help']);
    expect(stdout).to.include('import-regions [FILE.csv]');
    expect(stdout).to.include('KIM_ADMIN_TOKEN');
  });

  it('precompresses a directory for serving', async () => {
    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), `<!doctype html>${'<p>Berita KIM Kota Pangkalpinang</p>'.repeat(60)}`);
    const { stdout } = await kim(['precompress', site]);
    expect(stdout).to.match(/Precompressed .* 1 text files, .* brotli, .* gzip \(2 copies written\)/);
    expect(existsSync(join(site, 'index.html.br'))).to.equal(true);
    expect(existsSync(join(site, 'index.html.gz'))).to.equal(true);
    const missing = (await kim(['precompress', join(dir, 'nope')]).catch((e: unknown) => e)) as { code: number };
    expect(missing.code).to.equal(2);
  });

  it('exits with status 2 and a message on a bad flag', async () => {
    const error = (await kim(['--port', 'x']).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).to.equal(2);
    expect(error.stderr).to.include('--port');
  });

  describe('the bootstrap admin token', () => {
    it('refuses one shorter than 32 characters, in one line', async () => {
      const { code, stderr } = await fails(['--db', join(dir, 'short.db')], { KIM_ADMIN_TOKEN: 's3cret' });
      expect(code).to.equal(2);
      expect(stderr.trim().split('\n')).to.have.length(1);
      expect(stderr).to.match(/at least 32 characters/);
    });

    it('warns when the token is given on the command line, where ps shows it', async () => {
      const server = serve(['--db', join(dir, 'flag.db'), '--admin-token', TOKEN], {});
      try {
        const url = await server.listening;
        expect(server.output()).to.match(/warning: --admin-token is visible to every user/);
        const ok = await fetch(`${url}/v1/admin/aspirations`, { headers: { Authorization: `Bearer ${TOKEN}` } });
        expect(ok.status).to.equal(200);
      } finally {
        server.child.kill('SIGKILL');
      }
    });

    it('reads the token from --admin-token-file, without a warning for a private file', async () => {
      const file = join(dir, 'admin-token');
      writeFileSync(file, `${TOKEN}\n`);
      chmodSync(file, 0o600);
      const server = serve(['--db', join(dir, 'file.db'), '--admin-token-file', file], { KIM_ADMIN_TOKEN: '' });
      try {
        const url = await server.listening;
        expect(server.output()).not.to.match(/warning/);
        const ok = await fetch(`${url}/v1/admin/aspirations`, { headers: { Authorization: `Bearer ${TOKEN}` } });
        expect(ok.status).to.equal(200);
      } finally {
        server.child.kill('SIGKILL');
      }
    });
  });

  it('exits with one line, no stack trace, when the database cannot be written', async () => {
    const folder = join(dir, 'read-only');
    mkdirSync(folder);
    const file = join(folder, 'kim.db');
    await kim(['seed', '--db', file]);
    // root writes through file modes, so as root the folder and file are made immutable instead.
    const root = process.getuid?.() === 0;
    const lock = (on: boolean) => {
      if (root) execFileSync('chattr', [on ? '+i' : '-i', file, folder]);
      else {
        chmodSync(file, on ? 0o444 : 0o644);
        chmodSync(folder, on ? 0o555 : 0o755);
      }
    };
    lock(true);
    try {
      const { code, stdout, stderr } = await fails(['--db', file]);
      expect(code).to.equal(1);
      expect(stdout).to.equal('');
      expect(stderr.trim().split('\n'), stderr).to.have.length(1);
      expect(stderr).to.match(/^kim-server: cannot open the database .*kim\.db: .*\(read-only: .*kim\.db and /);
      expect(stderr).not.to.match(/\bat .+:\d+/);
    } finally {
      lock(false);
    }
  });

  it('imports the national list built into the package when given no file', async () => {
    const { stdout } = await kim(['import-regions', '--db', join(dir, 'national.db')]);
    expect(stdout).to.match(/Imported 91599 regions from the built-in Kepmendagri 300\.2\.2-2138\/2025 list/);
    expect(stdout).to.include('38 provinces, 514 regencies and cities (98 cities), 7285 districts, 83762 villages');
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
        env: { ...process.env, KIM_DB: db, KIM_ADMIN_TOKEN: TOKEN },
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
      const adminList = await fetch(`${url}/v1/admin/aspirations`, { headers: { Authorization: `Bearer ${TOKEN}` } });
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
    expect(check.stdout).to.include(`lacks ${COUNT} migrations: ${LIST}`);
    const applied = await kim(['migrate', '--db', file]);
    expect(applied.stdout).to.match(new RegExp(`Applied ${COUNT} migrations to .*: ${LIST}`));
    expect((await kim(['migrate', '--check', '--db', file])).stdout).to.include(`is up to date (${COUNT} migrations)`);
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
      `kim-server: the database lacks migrations ${LIST}: run kim-server migrate first (or serve without --no-migrate)`,
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
    expect((await kim(['migrate', '--database-url', url])).stdout).to.match(
      new RegExp(`Applied ${COUNT} migrations to .*\\(PostgreSQL\\)`),
    );
    const seeded = await kim(['seed'], { KIM_DATABASE_URL: url });
    expect(seeded.stdout).to.match(/15 groups, 66 news articles, 6 aspirations, 3 demo accounts/);
    expect(seeded.stdout).to.include('admin@demo.kim-kit.id / demo-admin-kim-kit');
    const added = await kim(['users', 'add', '--email', 'Kepala.Bidang@Kominfo.example', '--role', 'admin'], {
      KIM_DATABASE_URL: url,
      KIM_PUBLIC_URL: 'https://kim.example.go.id',
    });
    const link = /https:\/\/kim\.example\.go\.id\/console\/#\/undangan\/(kimi_\S+)/.exec(added.stdout);
    expect(link, added.stdout).to.not.equal(null);
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
      const post = (path: string, body: unknown) =>
        fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
      const accepted = await post('/v1/auth/invitations/accept', {
        token: link?.[1],
        password: 'menara-air-pangkal-pinang',
      });
      expect(accepted.status, await accepted.clone().text()).to.equal(200);
      const session = (await accepted.json()) as { user: { memberships: unknown[] } };
      expect(session.user.memberships).to.deep.equal([{ role: 'admin' }]);
      const demo = await post('/v1/auth/sign-in', {
        email: 'operator.bacang@demo.kim-kit.id',
        password: 'demo-operator-bacang',
      });
      expect(demo.status).to.equal(200);
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).to.equal(0);
      child = undefined;
    } finally {
      child?.kill('SIGKILL');
    }
  });

  it('invites people from the command line, and refuses what it cannot do in one line', async () => {
    const file = join(dir, 'users.db');
    await kim(['seed', '--db', file]);
    const added = await kim([
      'users',
      'add',
      '--email',
      'op@desa.example',
      '--role',
      'kim',
      '--group',
      'grp_0002',
      '--db',
      file,
    ]);
    expect(added.stdout).to.match(/Invited op <op@desa\.example> as kim/);
    expect(added.stdout).to.match(/http:\/\/localhost:8787\/console\/#\/undangan\/kimi_[A-Za-z0-9_-]{43}\n/);
    for (const [args, message] of [
      [['--email', 'op@desa.example', '--role', 'kim', '--group', 'grp_0002'], /exists already/],
      [['--email', 'x@desa.example', '--role', 'kim', '--group', 'grp_none'], /no KIM group with the id grp_none/],
      [['--email', 'x@desa.example', '--role', 'dinas'], /--role dinas needs --scope/],
      [['--email', 'x@desa.example', '--role', 'dinas', '--scope', '19.7'], /not valid: memberships/],
      [['--email', 'bukan-email', '--role', 'admin'], /not valid: email/],
      [['--email', 'x@desa.example', '--role', 'raja'], /--role must be admin, dinas or kim/],
    ] as const) {
      const error = (await kim(['users', 'add', ...args, '--db', file]).catch((e: unknown) => e)) as {
        code: number;
        stderr: string;
      };
      expect(error.code, args.join(' ')).to.equal(2);
      expect(error.stderr.trim().split('\n')).to.have.length(1);
      expect(error.stderr).to.match(message);
    }
  });
});
