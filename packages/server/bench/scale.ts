// `pnpm bench:scale`: a national-scale database on each engine (100,000 news, 10,000 groups, 1,000,000 aspirations,
// the 91,599 Kemendagri regions), then p50/p99 of each list and search endpoint in-process, without the response
// cache, on the first page and on a deep cursor.
// Usage: node --import tsx bench/scale.ts [--regions FILE.csv] [--engine sqlite|postgres] [--requests 200] [--plans]
//        [--database-url postgres://...] (default: a throwaway PostgreSQL cluster, as the tests start)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Region } from '@kim-kit/sdk/schemas';
import { type Kysely, sql } from 'kysely';
import { createApp } from '../src/app.js';
import { slugify } from '../src/content/slugify.js';
import { encodeCursor } from '../src/http/cursor.js';
import { regionsFromCsv } from '../src/regions/import-regions.js';
import { SEED_CATEGORIES } from '../src/seed/categories.js';
import { STORIES } from '../src/seed/news-stories.js';
import { createStorage } from '../src/storage/create-storage.js';
import { openPostgres } from '../src/storage/postgres/database.js';
import { createPostgresDialect, postgresNewsSearchQuery } from '../src/storage/postgres/dialect.js';
import { aspirationListQuery } from '../src/storage/queries/aspirations.js';
import { groupListQuery } from '../src/storage/queries/groups.js';
import { newsListQuery } from '../src/storage/queries/news.js';
import { regionListQuery } from '../src/storage/queries/regions.js';
import { openDatabase } from '../src/storage/sqlite/database.js';
import { createSqliteDialect, sqliteNewsSearchQuery } from '../src/storage/sqlite/dialect.js';
import type { NewGroup, NewNews, Storage } from '../src/storage/storage.js';
import type { Tables } from '../src/storage/tables.js';
import { databaseName, stopTestCluster, testCluster } from '../test/helpers/postgres-cluster.js';

const { values } = parseArgs({
  options: {
    regions: { type: 'string' },
    engine: { type: 'string' },
    requests: { type: 'string', default: '200' },
    'database-url': { type: 'string' },
    news: { type: 'string', default: '100000' },
    groups: { type: 'string', default: '10000' },
    aspirations: { type: 'string', default: '1000000' },
    plans: { type: 'boolean' },
  },
});
const REQUESTS = Number(values.requests);
const COUNTS = { news: Number(values.news), groups: Number(values.groups), aspirations: Number(values.aspirations) };
const here = new URL('.', import.meta.url).pathname;

/** The national region list: the copy the package ships, else the file given. */
function loadRegions(): Region[] {
  const assets = join(here, '..', 'assets', 'regions');
  const shipped = existsSync(assets)
    ? readdirSync(assets).find((f) => /^wilayah.*\.csv(\.gz|\.br)?$/.test(f))
    : undefined;
  const file = values.regions ?? process.env.KIM_REGIONS_CSV ?? (shipped && join(assets, shipped));
  if (!file) {
    console.error(
      'bench:scale needs the national region list (Kemendagri, 91,599 rows, code,name): the package has no copy in\n' +
        'assets/regions/ yet, so pass one: pnpm bench:scale --regions /path/to/wilayah-kemendagri-2025.csv\n' +
        '(or set KIM_REGIONS_CSV).',
    );
    process.exit(2);
  }
  const bytes = readFileSync(file);
  const text = file.endsWith('.gz')
    ? gunzipSync(bytes).toString('utf8')
    : file.endsWith('.br')
      ? brotliDecompressSync(bytes).toString('utf8')
      : bytes.toString('utf8');
  console.log(`regions from ${file}`);
  return regionsFromCsv(text).regions;
}

/** A small deterministic PRNG (mulberry32), so both engines get the same data. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const FOCUS = ['umkm', 'pertanian', 'pariwisata', 'kesehatan', 'pendidikan', 'lingkungan', 'digital'] as const;
const RARE_WORD = 'kopdarnas';
const START = Date.parse('2021-12-01T00:00:00.000Z');
const SPAN = Date.parse('2026-11-27T00:00:00.000Z') - START;

interface Generated {
  regions: Region[];
  groups: NewGroup[];
  news: NewNews[];
}

function generate(regions: Region[]): Generated {
  const r = random(14);
  const villages = regions.filter((v) => v.level === 'village');
  const byCode = new Map(regions.map((x) => [x.code, x]));
  const groups: NewGroup[] = [];
  for (let i = 0; i < COUNTS.groups; i++) {
    const village = r.pick(villages);
    const name = `KIM ${village.name} ${r.pick(['Bersinar', 'Mandiri', 'Berseri', 'Maju', 'Sejahtera', 'Cerdas'])}`;
    const focusAreas = [...new Set([r.pick(FOCUS), r.pick(FOCUS)])];
    groups.push({
      id: `grp_s${String(i).padStart(6, '0')}`,
      slug: `${slugify(name)}-${i}`,
      name,
      regionCode: village.code,
      address: `Jl. ${r.pick(['Merdeka', 'Sudirman', 'Diponegoro', 'Pahlawan'])} No. ${r.int(1, 99)}`,
      decree: {
        number: `188.4/${r.int(1, 99)}/${2015 + (i % 10)}`,
        date: '2020-01-15',
        issuer: `Lurah ${village.name}`,
      },
      foundedOn: '2019-06-01',
      chairName: `${r.pick(['Siti', 'Budi', 'Rahmat', 'Dewi', 'Agus'])} ${r.pick(['Aminah', 'Saputra', 'Hamzah'])}`,
      memberCount: r.int(3, 30),
      focusAreas,
      contact: { email: null, phone: null, website: null },
      social: [],
      logo: null,
      status: i % 17 === 0 ? 'inactive' : 'active',
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
  }
  const newsCategories = SEED_CATEGORIES.filter((c) => c.scopes.includes('news')).map((c) => c.id);
  const news: NewNews[] = [];
  for (let i = 0; i < COUNTS.news; i++) {
    const group = r.pick(groups);
    const village = byCode.get(group.regionCode)!;
    const district = byCode.get(village.parentCode ?? '');
    const story = r.pick(STORIES).write({
      group: group.name,
      chair: group.chairName ?? 'Ketua',
      village: village.name,
      district: district?.name ?? '',
      int: r.int,
      pick: r.pick,
    });
    const paragraphs = [...story.paragraphs];
    // "warga" in most articles (the issue's slow search), a rare word in a few dozen.
    if (r.next() < 0.7) paragraphs.push(`Kegiatan ini terbuka bagi seluruh warga ${village.name}.`);
    if (i % 2000 === 7) paragraphs.push(`Hasilnya dibawa ke forum ${RARE_WORD} tingkat nasional.`);
    const publishedAt = new Date(START + Math.floor(r.next() * SPAN)).toISOString();
    news.push({
      id: `nws_s${String(i).padStart(7, '0')}`,
      slug: `${slugify(story.title).slice(0, 80)}-${i}`,
      title: story.title,
      summary: story.summary,
      body: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
      image: null,
      groupId: group.id,
      regionCode: group.regionCode,
      categoryId: r.pick(newsCategories),
      tags: story.tags,
      publishedAt,
      updatedAt: publishedAt,
    });
  }
  return { regions, groups, news };
}

interface Opened {
  engine: 'sqlite' | 'postgres';
  storage: Storage;
  db: Kysely<Tables>;
  dialect: ReturnType<typeof createSqliteDialect>;
  /** Loads the aspirations in bulk (the benchmark's data, not the submission path). */
  loadAspirations(count: number): Promise<void>;
  close(): Promise<void>;
}

const ASPIRATION_STATUSES = ['received', 'verified', 'forwarded', 'in_progress', 'resolved', 'rejected'];

function aspirationRow(i: number, villages: Region[], r: ReturnType<typeof random>) {
  const at = new Date(START + Math.floor(r.next() * SPAN)).toISOString();
  return {
    id: `asp_s${String(i).padStart(8, '0')}`,
    tracking_code: `S${String(i).padStart(9, '0')}`,
    kind: r.pick(['aspiration', 'complaint', 'information_request']),
    status: r.pick(ASPIRATION_STATUSES),
    title: 'Lampu jalan padam di depan sekolah',
    body: 'Lampu penerangan jalan padam sejak seminggu dan jalan gelap pada malam hari.',
    category_id: 'infrastruktur',
    region_code: r.pick(villages).code,
    anonymous: i % 5 === 0,
    confidential: i % 11 === 0,
    reporter_name: 'Warga',
    reporter_email: null,
    reporter_phone: null,
    submitted_at: at,
    updated_at: at,
  };
}

async function openEngine(engine: 'sqlite' | 'postgres', work: string, villages: Region[]): Promise<Opened> {
  if (engine === 'sqlite') {
    const database = openDatabase(join(work, 'scale.db'));
    const dialect = createSqliteDialect(database);
    const storage = createStorage(database.db, dialect);
    return {
      engine,
      storage,
      dialect,
      db: database.db,
      async loadAspirations(count) {
        const r = random(7);
        const insert = database.raw.prepare(`INSERT INTO aspirations (id, tracking_code, kind, status, title, body,
          category_id, region_code, anonymous, confidential, reporter_name, reporter_email, reporter_phone,
          submitted_at, updated_at) VALUES (@id, @tracking_code, @kind, @status, @title, @body, @category_id,
          @region_code, @anonymous, @confidential, @reporter_name, @reporter_email, @reporter_phone, @submitted_at,
          @updated_at)`);
        const history = database.raw.prepare(
          "INSERT INTO aspiration_history (aspiration_id, status, at, note) VALUES (?, 'received', ?, NULL)",
        );
        const batch = database.raw.transaction((from: number, to: number) => {
          for (let i = from; i < to; i++) {
            const row = aspirationRow(i, villages, r);
            insert.run({ ...row, anonymous: row.anonymous ? 1 : 0, confidential: row.confidential ? 1 : 0 });
            history.run(row.id, row.submitted_at);
          }
        });
        for (let i = 0; i < count; i += 50_000) batch.immediate(i, Math.min(count, i + 50_000));
      },
      close: () => storage.close(),
    };
  }
  let url = values['database-url'];
  let drop = async () => {};
  if (!url) {
    const cluster = testCluster();
    const name = databaseName('scale');
    url = await cluster.createDatabase(name);
    drop = async () => stopTestCluster();
  }
  const database = openPostgres({ url, poolSize: 4 });
  const dialect = createPostgresDialect(database);
  const storage = createStorage(database.db, dialect);
  return {
    engine,
    storage,
    dialect,
    db: database.db,
    async loadAspirations(count) {
      const r = random(7);
      const columns = Object.keys(aspirationRow(0, villages, random(1)));
      for (let i = 0; i < count; i += 10_000) {
        const rows = Array.from({ length: Math.min(10_000, count - i) }, (_, k) => aspirationRow(i + k, villages, r));
        const arrays = columns.map((c) => rows.map((row) => row[c as keyof typeof row]));
        const types = columns.map((c) =>
          c === 'anonymous' || c === 'confidential' ? 'boolean[]' : c.endsWith('_at') ? 'timestamptz[]' : 'text[]',
        );
        await sql`INSERT INTO aspirations (${sql.raw(columns.join(', '))})
          SELECT * FROM unnest(${sql.join(arrays.map((a, k) => sql`${a}::${sql.raw(types[k]!)}`))})`.execute(
          database.db,
        );
        await sql`INSERT INTO aspiration_history (aspiration_id, status, at, note)
          SELECT id, 'received', at, NULL FROM unnest(${rows.map((x) => x.id)}::text[], ${rows.map((x) => x.submitted_at)}::timestamptz[]) AS t(id, at)`.execute(
          database.db,
        );
      }
    },
    close: async () => {
      await storage.close();
      await drop();
    },
  };
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function load(opened: Opened, data: Generated): Promise<void> {
  const { storage } = opened;
  let t = performance.now();
  await storage.migrate();
  await storage.putRegions(data.regions);
  await storage.putCategories(SEED_CATEGORIES);
  console.log(`  regions and categories: ${seconds(t)}`);
  t = performance.now();
  await storage.putGroups(data.groups);
  console.log(`  ${data.groups.length} groups: ${seconds(t)}`);
  t = performance.now();
  for (let i = 0; i < data.news.length; i += 5000) await storage.putNews(data.news.slice(i, i + 5000));
  console.log(`  ${data.news.length} news: ${seconds(t)}`);
  t = performance.now();
  await opened.loadAspirations(COUNTS.aspirations);
  console.log(`  ${COUNTS.aspirations} aspirations with their history: ${seconds(t)}`);
  t = performance.now();
  // What autovacuum does after a bulk load on PostgreSQL, and `PRAGMA optimize` on SQLite.
  await sql`ANALYZE`.execute(opened.db);
  console.log(`  ANALYZE: ${seconds(t)}`);
}

/** The plans of the hot queries on the loaded database, for the record. */
async function printPlans(opened: Opened): Promise<void> {
  const { db, engine } = opened;
  const anyNews = await db
    .selectFrom('news')
    .select(['regency_code', 'published_at', 'id'])
    .limit(1)
    .executeTakeFirstOrThrow();
  const deep = { value: '2024-01-01T00:00:00.000Z', id: 'nws_s0050000' };
  const now = new Date().toISOString();
  const search = (filter: Parameters<typeof sqliteNewsSearchQuery>[1]) =>
    engine === 'sqlite' ? sqliteNewsSearchQuery(db, filter).compile() : postgresNewsSearchQuery(db, filter).compile();
  const queries: [string, ReturnType<ReturnType<typeof newsListQuery>['compile']>][] = [
    [
      `news?region=${anyNews.regency_code}, deep`,
      newsListQuery(db, { limit: 21, region: anyNews.regency_code, after: deep, now }).compile(),
    ],
    ['news?q=warga', search({ limit: 21, words: ['warga'], now })],
    ['news?q=warga, deep', search({ limit: 21, words: ['warga'], after: deep, now })],
    [`news?q=${RARE_WORD}`, search({ limit: 21, words: [RARE_WORD], now })],
    [
      `news?q=warga&region=${anyNews.regency_code}`,
      search({ limit: 21, words: ['warga'], region: anyNews.regency_code, now }),
    ],
    ['groups?q=mandiri', groupListQuery(db, opened.dialect, { limit: 21, words: ['mandiri'] }).compile()],
    ['regions?parent=35.01&level=village', regionListQuery(db, { parent: '35.01', level: 'village' }).compile()],
    [
      'admin aspirations?status=received, deep',
      aspirationListQuery(db, {
        limit: 21,
        status: 'received',
        after: { value: '2024-01-01T00:00:00.000Z', id: 'asp_x' },
      }).compile(),
    ],
  ];
  console.log(`\n${engine}: query plans`);
  for (const [name, query] of queries) {
    const prefix =
      engine === 'sqlite' ? 'EXPLAIN QUERY PLAN ' : 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ';
    const result = await db.executeQuery<Record<string, unknown>>({ ...query, sql: prefix + query.sql });
    const lines = result.rows.map((r) => String(r.detail ?? r['QUERY PLAN']));
    console.log(`  ${name}\n${lines.map((l) => `    ${l}`).join('\n')}`);
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

interface Row {
  name: string;
  p50: number;
  p99: number;
  rows: number;
}

async function measure(opened: Opened, data: Generated): Promise<Row[]> {
  const app = createApp({
    storage: opened.storage,
    responseCache: false,
    rateLimit: false,
    adminToken: 'bench-admin-token-0123456789abcdef',
    publicUrl: 'https://kim.example',
  });
  const admin = { headers: { Authorization: 'Bearer bench-admin-token-0123456789abcdef' } };
  const db = opened.db;
  // Cursors deep into each list: the keyset of the row at that offset.
  const newsAt = async (offset: number, where?: (q: ReturnType<typeof newsQuery>) => ReturnType<typeof newsQuery>) => {
    const row = await (where ? where(newsQuery()) : newsQuery()).offset(offset).executeTakeFirstOrThrow();
    return encodeCursor('news', { value: row.published_at ?? '', id: row.id });
  };
  const newsQuery = () =>
    db
      .selectFrom('news')
      .select(['published_at', 'id'])
      .where('published_at', 'is not', null)
      .orderBy('published_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1);
  const busiest = async (column: 'province_code' | 'regency_code' | 'district_code') =>
    (
      await db
        .selectFrom('news')
        .select([column, (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(column)
        .orderBy('n', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow()
    )[column] as string;
  const province = await busiest('province_code');
  const regency = await busiest('regency_code');
  const district = await busiest('district_code');
  const regencyCount = Number(
    (
      await db
        .selectFrom('news')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('regency_code', '=', regency)
        .executeTakeFirstOrThrow()
    ).n,
  );
  const group = data.news[0]!.groupId;
  const groupSlug = data.groups.find((g) => g.id === group)!.slug;
  const deep = (wanted: number, total: number) => Math.min(wanted, Math.floor(total / 2));
  const deepNews = await newsAt(deep(50_000, COUNTS.news));
  const deepRegency = await newsAt(Math.floor(regencyCount / 2), (q) => q.where('regency_code', '=', regency));
  const groupsAt = async (offset: number) => {
    const row = await db
      .selectFrom('groups')
      .select(['name', 'id'])
      .orderBy('name')
      .orderBy('id')
      .offset(offset)
      .limit(1)
      .executeTakeFirstOrThrow();
    return encodeCursor('groups', { value: row.name, id: row.id });
  };
  const aspirationsAt = async (offset: number, status?: string) => {
    let q = db.selectFrom('aspirations').select(['submitted_at', 'id']);
    if (status) q = q.where('status', '=', status);
    const row = await q
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .offset(offset)
      .limit(1)
      .executeTakeFirstOrThrow();
    return encodeCursor('admin-aspirations', { value: row.submitted_at, id: row.id });
  };
  /** The cursor after following `pages` pages of a list through the API. */
  const followed = async (path: string, pages: number) => {
    let cursor = '';
    for (let i = 0; i < pages; i++) {
      const page = (await (await app.request(`${path}${cursor ? `&cursor=${cursor}` : ''}`)).json()) as {
        nextCursor: string | null;
      };
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return cursor;
  };
  const deepSearch = await followed('/v1/news?q=warga&limit=100', 50);
  const city = regency;
  const cityVillage = (await opened.storage.listRegions({ parent: city, level: 'village' }))[0]?.code ?? '';
  const endpoints: [string, string, RequestInit?][] = [
    ['news, first page', '/v1/news'],
    ['news, cursor 50,000 deep', `/v1/news?cursor=${deepNews}`],
    [`news?region=${province} (province)`, `/v1/news?region=${province}`],
    [`news?region=${regency} (regency/city)`, `/v1/news?region=${regency}`],
    [`news?region=${regency}, deep cursor`, `/v1/news?region=${regency}&cursor=${deepRegency}`],
    [`news?region=${district} (district)`, `/v1/news?region=${district}`],
    [`news?region=${cityVillage} (village)`, `/v1/news?region=${cityVillage}`],
    ['news?group=<slug>', `/v1/news?group=${groupSlug}`],
    ['news?category=kesehatan', '/v1/news?category=kesehatan'],
    ['news?q=warga (70% of articles)', '/v1/news?q=warga'],
    ['news?q=warga, cursor 5,000 deep', `/v1/news?q=warga&cursor=${deepSearch}`],
    [`news?q=${RARE_WORD} (50 articles)`, `/v1/news?q=${RARE_WORD}`],
    ['news?q=posyandu balita (two words)', '/v1/news?q=posyandu%20balita'],
    [`news?q=warga&region=${regency}`, `/v1/news?q=warga&region=${regency}`],
    [`news?q=warga&region=${cityVillage}`, `/v1/news?q=warga&region=${cityVillage}`],
    ['news/:slug', `/v1/news/${data.news[500]!.slug}`],
    ['groups, first page', '/v1/groups'],
    ['groups, cursor 5,000 deep', `/v1/groups?cursor=${await groupsAt(deep(5000, COUNTS.groups))}`],
    [`groups?region=${province}`, `/v1/groups?region=${province}`],
    ['groups?focus=umkm', '/v1/groups?focus=umkm'],
    ['groups?q=kim (every group)', '/v1/groups?q=kim'],
    ['groups?q=mandiri', '/v1/groups?q=mandiri'],
    [`regions?parent=${city}&level=village`, `/v1/regions?parent=${city}&level=village`],
    [`regions?parent=${province}`, `/v1/regions?parent=${province}`],
    ['admin aspirations, first page', '/v1/admin/aspirations', admin],
    [
      'admin aspirations, cursor 500,000 deep',
      `/v1/admin/aspirations?cursor=${await aspirationsAt(deep(500_000, COUNTS.aspirations))}`,
      admin,
    ],
    ['admin aspirations?status=received', '/v1/admin/aspirations?status=received', admin],
    [
      'admin aspirations?status=received, 100,000 deep',
      `/v1/admin/aspirations?status=received&cursor=${await aspirationsAt(deep(100_000, COUNTS.aspirations / 6), 'received')}`,
      admin,
    ],
    ['aspirations/:trackingCode', `/v1/aspirations/S${String(Math.floor(COUNTS.aspirations / 2)).padStart(9, '0')}`],
  ];
  const rows: Row[] = [];
  for (const [name, path, init] of endpoints) {
    let count = 0;
    for (let i = 0; i < 20; i++) {
      const response = await app.request(path, init);
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      const body = (await response.json()) as { data?: unknown[] };
      count = body.data?.length ?? 1;
    }
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      const response = await app.request(path, init);
      await response.arrayBuffer();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push({ name, p50: percentile(times, 0.5), p99: percentile(times, 0.99), rows: count });
  }
  return rows;
}

async function main() {
  const regions = loadRegions();
  let t = performance.now();
  const data = generate(regions);
  console.log(
    `generated ${data.groups.length} groups and ${data.news.length} news over ${regions.length} regions in ${seconds(t)}`,
  );
  const engines = (values.engine ? [values.engine] : ['sqlite', 'postgres']) as ('sqlite' | 'postgres')[];
  const villages = regions.filter((r) => r.level === 'village');
  const results = new Map<string, Row[]>();
  for (const engine of engines) {
    const work = mkdtempSync(join(tmpdir(), 'kim-scale-'));
    console.log(`\n${engine}: loading`);
    const opened = await openEngine(engine, work, villages);
    try {
      t = performance.now();
      await load(opened, data);
      console.log(`  loaded in ${seconds(t)}; measuring ${REQUESTS} requests per endpoint (after 20 to warm up)`);
      results.set(engine, await measure(opened, data));
      if (values.plans) await printPlans(opened);
    } finally {
      await opened.close();
      rmSync(work, { recursive: true, force: true });
    }
  }

  console.log(
    `\nIn-process (app.request), response cache off, ${REQUESTS} sequential requests each; ms; Node ${process.version}`,
  );
  const header = `${'endpoint'.padEnd(48)}${engines.map((e) => `${e.padStart(10)} p50 ${' '.repeat(0)}   p99`).join('')}  rows`;
  console.log(header);
  const names = results.get(engines[0]!)!.map((r) => r.name);
  let worst = 0;
  names.forEach((name, i) => {
    const cells = engines.map((e) => {
      const row = results.get(e)![i]!;
      worst = Math.max(worst, row.p99);
      return `${row.p50.toFixed(2).padStart(14)} ${row.p99.toFixed(2).padStart(7)}`;
    });
    console.log(`${name.padEnd(48)}${cells.join('')}  ${results.get(engines[0]!)![i]!.rows}`);
  });
  console.log(
    `\n${worst < 20 ? 'PASS' : 'FAIL'}  every list and search p99 under 20 ms (worst ${worst.toFixed(2)} ms)`,
  );
}

await main();
