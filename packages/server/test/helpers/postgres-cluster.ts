// A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a unix socket only, trust auth on that
// socket, no password anywhere. Started on first use, one database per suite, stopped and removed when mocha ends
// (root hook below) or the process exits, whichever comes first. KIM_TEST_DATABASE_URL points the tests at an
// existing server instead (its user must be allowed to create databases).
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestCluster {
  /** The URL of database `name` on this cluster. */
  url(name: string): string;
  /** Creates an empty database, or a copy of `template`, and returns its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** Drops a database, ending whatever connections are left on it. */
  dropDatabase(name: string): Promise<void>;
}

const INSTALL_HINT =
  'The tests run PostgreSQL themselves and need its server binaries (initdb, pg_ctl): on Debian ' +
  '`apt-get install postgresql`; or set KIM_TEST_PG_BINDIR to their folder, or KIM_TEST_DATABASE_URL to a server.';

/** The folder of initdb and pg_ctl: KIM_TEST_PG_BINDIR, `pg_config --bindir`, or the newest Debian install. */
export function postgresBinDir(): string {
  const candidates: string[] = [];
  if (process.env.KIM_TEST_PG_BINDIR) candidates.push(process.env.KIM_TEST_PG_BINDIR);
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // pg_config comes with libpq-dev; the server may be installed without it.
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** PostgreSQL refuses to run as root: then every server command runs as the `postgres` user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error(`Running as root, but there is no "postgres" user to run PostgreSQL as. ${INSTALL_HINT}`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(user: ReturnType<typeof runAs>, command: string, args: string[]): void {
  const [file, argv] = user ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout || result.error}`);
  }
}

interface Started extends TestCluster {
  stop(): void;
}

function startLocalCluster(): Started {
  const bin = postgresBinDir();
  const user = runAs();
  // Short path: a unix socket's path may not exceed ~100 bytes.
  const dir = mkdtempSync(join(existsSync('/tmp') ? '/tmp' : tmpdir(), 'kim-pg-'));
  const data = join(dir, 'data');
  if (user) chownSync(dir, user.uid, user.gid);
  let running = false;
  const stop = () => {
    if (running) {
      spawnSync(user ? 'runuser' : join(bin, 'pg_ctl'), [
        ...(user ? ['-u', 'postgres', '--', join(bin, 'pg_ctl')] : []),
        '-D',
        data,
        '-m',
        'immediate',
        '-w',
        'stop',
      ]);
      running = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    run(user, join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '-N']);
    // Throwaway data: no fsync, and enough connections for several server processes per test.
    const settings = `-k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    run(user, join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', settings, '-w', 'start']);
    running = true;
  } catch (error) {
    stop();
    throw error;
  }
  const url = (name: string) => `postgresql://postgres@localhost/${name}?host=${encodeURIComponent(dir)}`;
  return { stop, ...databaseAdmin(url('postgres'), url) };
}

function databaseAdmin(adminUrl: string, url: (name: string) => string): TestCluster {
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const ident = (name: string) => {
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Not a test database name: ${name}`);
    return `"${name}"`;
  };
  return {
    url,
    async createDatabase(name, template) {
      await admin(async (c) => {
        // A template is copied file by file (PostgreSQL 15 and later can be told to; older versions always do).
        const version = Number((await c.query('SHOW server_version_num')).rows[0].server_version_num);
        const copy = template ? ` TEMPLATE ${ident(template)}${version >= 150000 ? ' STRATEGY FILE_COPY' : ''}` : '';
        await c.query(`CREATE DATABASE ${ident(name)}${copy}`);
      });
      return url(name);
    },
    async dropDatabase(name) {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
    },
  };
}

function externalCluster(adminUrl: string): Started {
  const url = (name: string) => {
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  return { stop: () => {}, ...databaseAdmin(adminUrl, url) };
}

let cluster: Started | undefined;

/** The test cluster, started on first call. */
export function testCluster(): TestCluster {
  cluster ??= process.env.KIM_TEST_DATABASE_URL
    ? externalCluster(process.env.KIM_TEST_DATABASE_URL)
    : startLocalCluster();
  return cluster;
}

let counter = 0;
/** A fresh database name for this process. */
export const databaseName = (purpose: string) => `kim_${purpose}_${process.pid}_${++counter}`;

/** Stops the cluster (if one was started) and removes its folder. */
export function stopTestCluster(): void {
  cluster?.stop();
  cluster = undefined;
}

/** Root hook (mocha --require): the cluster goes when the run ends. */
export const mochaHooks = {
  afterAll(this: Mocha.Context): void {
    // A loaded machine takes its time to stop a server with many connections.
    this.timeout(120_000);
    stopTestCluster();
  },
};
