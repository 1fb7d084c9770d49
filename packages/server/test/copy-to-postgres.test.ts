// `kim-server copy-to-postgres`: a seeded SQLite database moved into PostgreSQL answers the API the same.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { expect } from 'chai';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { seedDemoData } from '../src/seed/seed.js';
import { type CopyProgress, copyToPostgres } from '../src/storage/copy/copy-to-postgres.js';
import { createPostgresStorage } from '../src/storage/postgres/postgres-storage.js';
import { createSqliteStorage } from '../src/storage/sqlite/sqlite-storage.js';
import type { Storage } from '../src/storage/storage.js';
import { databaseName, testCluster } from './helpers/postgres-cluster.js';
import { ADMIN_TOKEN, admin, aspirationInput, json, PUBLIC_URL } from './helpers/setup.js';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const run = promisify(execFile);
const kim = (args: string[]) => run(process.execPath, ['--import', 'tsx', CLI, ...args]);

const appOn = (storage: Storage) =>
  createApp({ storage, adminToken: ADMIN_TOKEN, publicUrl: PUBLIC_URL, rateLimit: false, onError: () => {} });

/** A status change with the version read just before (If-Match), as the console sends it. */
async function setStatus(app: ReturnType<typeof appOn>, id: string, body: unknown): Promise<Response> {
  const current = await app.request(`/v1/admin/aspirations/${id}`, { headers: admin });
  return app.request(`/v1/admin/aspirations/${id}/status`, {
    ...json(body),
    headers: { ...admin, 'Content-Type': 'application/json', 'If-Match': current.headers.get('etag') ?? '' },
  });
}

/** A migrated SQLite file with the demo data, a submission with an Idempotency-Key and a status change. */
async function seededFile(path: string): Promise<{ storage: Storage; trackingCode: string }> {
  const storage = createSqliteStorage({ path });
  await storage.migrate();
  await seedDemoData(storage);
  const app = appOn(storage);
  const created = await app.request('/v1/aspirations', json(aspirationInput(), { 'Idempotency-Key': 'copy-test-1' }));
  expect(created.status).to.equal(201);
  const { trackingCode } = (await created.json()) as { trackingCode: string };
  const changed = await setStatus(app, 'asp_seed0001', { status: 'verified', note: 'Sudah dicek petugas.' });
  expect(changed.status).to.equal(200);
  return { storage, trackingCode };
}

/** Row counts of every ordinary table of a SQLite file (no FTS5 tables, no bookkeeping). */
function sqliteCounts(path: string): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    const names = db
      .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      names
        .filter((n) => !/^(sqlite_|kysely_)/.test(n))
        .sort()
        .map((n) => [n, db.prepare(`SELECT count(*) FROM "${n}"`).pluck().get() as number]),
    );
  } finally {
    db.close();
  }
}

async function postgresCounts(url: string, tables: string[]): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = (await client.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n;
    return counts;
  } finally {
    await client.end();
  }
}

async function onPostgres(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

describe('kim-server copy-to-postgres', function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'kim-copy-'));
  const cluster = testCluster();
  const names: string[] = [];
  const newDatabase = async () => {
    const name = databaseName('copy');
    names.push(name);
    return cluster.createDatabase(name);
  };
  after(async () => {
    for (const name of names) await cluster.dropDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  });

  describe('one command, end to end', () => {
    const file = join(dir, 'kim.db');
    let sqlite: Storage;
    let postgres: Storage;
    let url: string;
    let trackingCode: string;
    let stdout: string;

    before(async () => {
      ({ storage: sqlite, trackingCode } = await seededFile(file));
      url = await newDatabase();
      ({ stdout } = await kim(['copy-to-postgres', '--db', file, '--database-url', url]));
      postgres = createPostgresStorage({ url, poolSize: 2 });
    });
    after(async () => {
      await sqlite?.close();
      await postgres?.close();
    });

    it('copies every table, row for row, and says so table by table', async () => {
      const counts = sqliteCounts(file);
      expect(Object.keys(counts)).to.include.members(['news', 'groups', 'aspirations', 'aspiration_history']);
      expect(await postgresCounts(url, Object.keys(counts))).to.deep.equal(counts);
      expect(counts.idempotency_keys).to.equal(1);
      expect(stdout).to.include(`news: ${counts.news} of ${counts.news} rows`);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      expect(stdout).to.match(new RegExp(`Copied ${total} rows in ${Object.keys(counts).length} tables`));
    });

    it('answers the API byte for byte as the SQLite database did, search included', async () => {
      const paths = [
        '/v1/news?limit=100',
        '/v1/news?q=posyan',
        '/v1/news?region=19.71.01&limit=5',
        '/v1/news/' +
          ((await (await appOn(sqlite).request('/v1/news?limit=1')).json()) as { data: { slug: string }[] }).data[0]!
            .slug,
        '/v1/groups?limit=100',
        '/v1/groups?q=bukit',
        '/v1/categories',
        '/v1/regions?parent=19.71',
        `/v1/aspirations/${trackingCode}`,
        `/v1/aspirations/${(await sqlite.getAspiration('asp_seed0001'))!.trackingCode}`,
      ];
      const before = appOn(sqlite);
      const after = appOn(postgres);
      for (const path of paths) {
        const [a, b] = [await before.request(path), await after.request(path)];
        const text = await a.text();
        expect(a.status, path).to.equal(200);
        expect(await b.text(), path).to.equal(text);
      }
      const searched = (await (await after.request('/v1/news?q=posyan')).json()) as { data: unknown[] };
      expect(searched.data.length).to.be.greaterThan(0);
      const list = await after.request('/v1/admin/aspirations?limit=100', { headers: admin });
      expect(await list.text()).to.equal(
        await (await before.request('/v1/admin/aspirations?limit=100', { headers: admin })).text(),
      );
    });

    it('numbers new rows after the copied ones, and an Idempotency-Key still replays', async () => {
      const app = appOn(postgres);
      const replay = await app.request(
        '/v1/aspirations',
        json(aspirationInput(), { 'Idempotency-Key': 'copy-test-1' }),
      );
      expect(replay.status).to.equal(200);
      expect(((await replay.json()) as { trackingCode: string }).trackingCode).to.equal(trackingCode);
      const fresh = await app.request('/v1/aspirations', json(aspirationInput(), { 'Idempotency-Key': 'copy-test-2' }));
      expect(fresh.status, await fresh.clone().text()).to.equal(201);
      const changed = await setStatus(app, 'asp_seed0002', {
        status: 'rejected',
        note: 'Bukan kewenangan pemerintah kota.',
      });
      expect(changed.status, await changed.clone().text()).to.equal(200);
    });

    it('refuses a database that holds data, and writes nothing', async () => {
      const countsBefore = await postgresCounts(url, Object.keys(sqliteCounts(file)));
      const error = (await kim(['copy-to-postgres', '--db', file, '--database-url', url]).catch((e: unknown) => e)) as {
        code: number;
        stderr: string;
      };
      expect(error.code).to.equal(1);
      expect(error.stderr).to.match(/^kim-server: the PostgreSQL database is not empty: .*news \(\d+ rows\)/);
      expect(error.stderr.trim().split('\n')).to.have.length(1);
      expect(await postgresCounts(url, Object.keys(countsBefore))).to.deep.equal(countsBefore);
    });

    it('needs a database URL and an existing file', async () => {
      const noUrl = (await kim(['copy-to-postgres', '--db', file]).catch((e: unknown) => e)) as { code: number };
      expect(noUrl.code).to.equal(2);
      const noFile = (await kim(['copy-to-postgres', '--db', join(dir, 'none.db'), '--database-url', url]).catch(
        (e: unknown) => e,
      )) as { code: number; stderr: string };
      expect(noFile.code).to.equal(1);
      expect(noFile.stderr).to.include('there is no SQLite file');
    });
  });

  describe('generic over the schema', () => {
    // A table no code of the copy knows of, referencing itself, with a child stored before its parent: as a table a
    // later migration adds would be copied.
    const file = join(dir, 'extra.db');
    before(async () => {
      const { storage } = await seededFile(file);
      await storage.close();
      const db = new Database(file);
      db.exec(`CREATE TABLE extra_notes (seq INTEGER PRIMARY KEY, parent_seq INTEGER REFERENCES extra_notes (seq),
        body TEXT NOT NULL, done INTEGER NOT NULL, data BLOB)`);
      db.exec(`INSERT INTO extra_notes VALUES (1, 2, 'anak', 1, x'00ff'), (2, NULL, 'induk', 0, NULL)`);
      db.close();
    });

    it('refuses a schema it cannot map, then copies the extra table in batches with its sequence moved on', async () => {
      const url = await newDatabase();
      const mismatch = await copyToPostgres({ sqlitePath: file, databaseUrl: url }).catch((e: unknown) => e);
      expect((mismatch as Error).message).to.include('table extra_notes is missing in PostgreSQL');

      await onPostgres(
        url,
        `CREATE TABLE extra_notes (seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          parent_seq bigint REFERENCES extra_notes (seq), body text NOT NULL, done boolean NOT NULL, data bytea)`,
      );
      const progress: CopyProgress[] = [];
      const summary = await copyToPostgres({
        sqlitePath: file,
        databaseUrl: url,
        batchSize: 10,
        onProgress: (p) => progress.push(p),
      });
      const news = progress.filter((p) => p.table === 'news');
      expect(news.length).to.be.greaterThan(2);
      expect(news.map((p) => p.copied)).to.deep.equal([...news.map((p) => p.copied)].sort((a, b) => a - b));
      expect(news.at(-1)).to.deep.include({ copied: news[0]!.total });
      const order = summary.tables.map((t) => t.name);
      expect(order.indexOf('news')).to.be.greaterThan(order.indexOf('groups'));
      expect(summary.tables.find((t) => t.name === 'extra_notes')).to.deep.equal({ name: 'extra_notes', rows: 2 });

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query(
          'SELECT seq::int, parent_seq::int, body, done, data FROM extra_notes ORDER BY seq',
        );
        expect(rows).to.deep.equal([
          { seq: 1, parent_seq: 2, body: 'anak', done: true, data: Buffer.from([0, 255]) },
          { seq: 2, parent_seq: null, body: 'induk', done: false, data: null },
        ]);
        // The self-reference is back in force, and the identity numbers on after the copied rows.
        const key = await client.query(
          "SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'extra_notes'::regclass AND contype = 'f'",
        );
        expect(key.rows[0].n).to.equal(1);
        const next = await client.query(
          "INSERT INTO extra_notes (body, done) VALUES ('baru', false) RETURNING seq::int",
        );
        expect(next.rows[0].seq).to.equal(3);
      } finally {
        await client.end();
      }
    });
  });
});
