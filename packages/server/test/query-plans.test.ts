// The hot queries' plans on both engines: every list page is read from an index in list order (no sort of the whole
// match, no table scan), whatever the filter, so a page costs O(log n) at national scale.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { type CompiledQuery, type Kysely, sql } from 'kysely';
import { seedDemoData } from '../src/seed/seed.js';
import { postgresNewsSearchQuery } from '../src/storage/postgres/dialect.js';
import { aspirationListQuery } from '../src/storage/queries/aspirations.js';
import { adminGroupListQuery } from '../src/storage/queries/group-admin.js';
import { groupListQuery } from '../src/storage/queries/groups.js';
import { newsListQuery } from '../src/storage/queries/news.js';
import { adminNewsListQuery } from '../src/storage/queries/news-admin.js';
import { overdueScanQuery } from '../src/storage/queries/overdue-notices.js';
import { regionListQuery } from '../src/storage/queries/regions.js';
import { sqliteNewsSearchQuery } from '../src/storage/sqlite/dialect.js';
import type { Tables } from '../src/storage/tables.js';
import { type OpenedEngine, openEngine } from './helpers/engines.js';
import { ENGINES } from './helpers/setup.js';

const dir = mkdtempSync(join(tmpdir(), 'kim-plans-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const cursor = { value: '2026-09-01T00:00:00.000Z', id: 'nws_0030' };

/** The plan of a compiled query, one line per step. */
async function sqlitePlan(db: Kysely<Tables>, query: CompiledQuery): Promise<string[]> {
  const rows = await db.executeQuery<{ detail: string }>({
    ...query,
    sql: `EXPLAIN QUERY PLAN ${query.sql}`,
  });
  return rows.rows.map((r) => r.detail);
}

interface PgNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PgNode[];
}

const flatten = (node: PgNode): PgNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

/**
 * PostgreSQL's plan with sequential scans and sorts priced out (and `DROP ...` statements run), in a transaction
 * rolled back afterwards: on the small test data the planner would otherwise prefer them; if one still appears, no
 * index can give the rows in order.
 */
async function postgresPlan(db: Kysely<Tables>, query: CompiledQuery, settings: string[]): Promise<PgNode[]> {
  return db.connection().execute(async (connection) => {
    await sql`BEGIN`.execute(connection);
    try {
      for (const setting of settings) {
        await sql.raw(setting.startsWith('DROP') ? setting : `SET LOCAL ${setting}`).execute(connection);
      }
      const result = await connection.executeQuery<{ 'QUERY PLAN': [{ Plan: PgNode }] }>({
        ...query,
        sql: `EXPLAIN (FORMAT JSON) ${query.sql}`,
      });
      return flatten(result.rows[0]!['QUERY PLAN'][0].Plan);
    } finally {
      await sql`ROLLBACK`.execute(connection);
    }
  });
}

for (const engine of ENGINES) {
  describe(`query plans: ${engine}`, function () {
    this.timeout(60_000);
    let t: OpenedEngine;
    before(async () => {
      t = await openEngine(engine, join(dir, `plans-${engine}.db`));
      await seedDemoData(t.storage);
      if (engine === 'postgres') await sql`ANALYZE`.execute(t.db);
    });
    after(async () => {
      await t?.close();
    });

    /** Asserts that the query reads an index in list order: no table scan, no sort, and the index named. */
    async function expectIndexOrder(query: CompiledQuery, index: string) {
      if (engine === 'sqlite') {
        const plan = await sqlitePlan(t.db, query);
        const text = plan.join('\n');
        expect(text, text).not.to.match(/TEMP B-TREE/);
        expect(text, text).not.to.match(/^SCAN (news|groups|regions|aspirations)$/m);
        expect(text, text).to.include(index);
      } else {
        // On the small test data the planner may as well walk the unfiltered list index and skip rows; without it
        // (dropped inside the rolled-back transaction) it must use the filter's own index, or sort.
        const generic = ['news_published', 'groups_name'].filter((name) => name !== index);
        const nodes = await postgresPlan(t.db, query, [
          'enable_seqscan = off',
          'enable_sort = off',
          ...generic.map((name) => `DROP INDEX ${name}`),
        ]);
        const text = JSON.stringify(nodes.map((n) => [n['Node Type'], n['Relation Name'], n['Index Name']]));
        expect(
          nodes.filter((n) => n['Node Type'] === 'Sort' || n['Node Type'] === 'Seq Scan'),
          text,
        ).to.deep.equal([]);
        expect(text, text).to.include(index);
      }
    }

    const list = { limit: 21, now: new Date().toISOString() };
    const cases: [string, () => CompiledQuery, string][] = [
      ['news, first page', () => newsListQuery(t.db, list).compile(), 'news_published'],
      ['news, deep cursor', () => newsListQuery(t.db, { ...list, after: cursor }).compile(), 'news_published'],
      ['news in a province', () => newsListQuery(t.db, { ...list, region: '19' }).compile(), 'news_province_code'],
      [
        'news in a city, deep cursor',
        () => newsListQuery(t.db, { ...list, region: '19.71', after: cursor }).compile(),
        'news_regency_code',
      ],
      [
        'news in a district',
        () => newsListQuery(t.db, { ...list, region: '19.71.01' }).compile(),
        'news_district_code',
      ],
      [
        'news in a village',
        () => newsListQuery(t.db, { ...list, region: '19.71.01.1004' }).compile(),
        'news_region_code',
      ],
      ['news of a group', () => newsListQuery(t.db, { ...list, groupId: 'grp_0001' }).compile(), 'news_group'],
      ['news of a category', () => newsListQuery(t.db, { ...list, category: 'kesehatan' }).compile(), 'news_category'],
      ['groups by name', () => groupListQuery(t.db, t.dialect, list).compile(), 'groups_name'],
      [
        'groups in a city, deep cursor',
        () =>
          groupListQuery(t.db, t.dialect, { ...list, region: '19.71', after: { value: 'KIM M', id: 'x' } }).compile(),
        'groups_regency_code',
      ],
      [
        'villages of a city (no OR)',
        () => regionListQuery(t.db, { parent: '19.71', level: 'village' }).compile(),
        'regions_level',
      ],
      ['districts of a city', () => regionListQuery(t.db, { parent: '19.71' }).compile(), 'regions_parent'],
      // Issue 12: the officials' and operators' lists, last changed first.
      ['admin news, everything', () => adminNewsListQuery(t.db, { ...list, scope: 'all' }).compile(), 'news_updated'],
      [
        "admin news, an operator's group",
        () => adminNewsListQuery(t.db, { ...list, scope: { regions: [], groupIds: ['grp_0001'] } }).compile(),
        'news_group_id_updated',
      ],
      [
        "admin news, a Dinas official's city, deep cursor",
        () =>
          adminNewsListQuery(t.db, {
            ...list,
            scope: { regions: ['19.71'], groupIds: [] },
            after: { value: '2026-11-01T00:00:00.000Z', id: 'nws_x' },
          }).compile(),
        'news_regency_code_updated',
      ],
      [
        'admin news, the review queue',
        () => adminNewsListQuery(t.db, { ...list, scope: 'all', status: 'submitted' }).compile(),
        'news_submitted_updated',
      ],
      [
        "admin groups, a Dinas official's city",
        () =>
          adminGroupListQuery(t.db, t.dialect, { limit: 21, scope: { regions: ['19.71'], groupIds: [] } }).compile(),
        'groups_regency_code',
      ],
      [
        'aspirations by status, deep cursor',
        () =>
          aspirationListQuery(t.db, {
            status: 'received',
            limit: 21,
            after: { value: '2026-11-01T00:00:00.000Z', id: 'asp_x' },
          }).compile(),
        'aspirations_status',
      ],
      [
        "a city official's new aspirations",
        () =>
          aspirationListQuery(t.db, {
            status: 'received',
            scope: [{ prefix: '19.71', includeConfidential: true }],
            limit: 21,
          }).compile(),
        'aspirations_regency_code_status',
      ],
      [
        "an operator's village, without confidential ones",
        () =>
          aspirationListQuery(t.db, {
            scope: [{ prefix: '19.71.01.1006', includeConfidential: false }],
            limit: 21,
          }).compile(),
        'aspirations_region_code',
      ],
      [
        'aspirations of one kind',
        () => aspirationListQuery(t.db, { kind: 'complaint', limit: 21 }).compile(),
        'aspirations_kind',
      ],
      [
        'aspirations by last change',
        () => aspirationListQuery(t.db, { sort: 'updated', limit: 21 }).compile(),
        'aspirations_updated',
      ],
      // Issue 15: the dispatcher's deadline scan, every few minutes.
      ['the overdue scan', () => overdueScanQuery(t.db, list.now, 100).compile(), 'aspirations_due'],
    ];
    for (const [name, compile, index] of cases) {
      it(`reads ${name} from ${index} in list order`, async () => {
        await expectIndexOrder(compile(), index);
      });
    }

    it('walks the full-text index newest first for a search, with filters and a cursor', async () => {
      const search = {
        limit: 21,
        words: ['warga'],
        region: '19.71',
        category: 'kesehatan',
        after: cursor,
        now: new Date().toISOString(),
      };
      if (engine === 'sqlite') {
        const plan = (await sqlitePlan(t.db, sqliteNewsSearchQuery(t.db, search).compile())).join('\n');
        expect(plan, plan).to.match(/^SCAN news_fts VIRTUAL TABLE INDEX/m);
        expect(plan, plan).to.match(/SEARCH news USING INDEX news_sort_key/);
        expect(plan, plan).not.to.match(/TEMP B-TREE/);
      } else {
        // The GIN index can find the matches...
        const found = await postgresPlan(
          t.db,
          postgresNewsSearchQuery(t.db, { limit: 21, words: ['warga'], now: new Date().toISOString() }).compile(),
          ['enable_seqscan = off', 'enable_indexscan = off'],
        );
        expect(
          found.map((n) => n['Index Name']),
          JSON.stringify(found.map((n) => [n['Node Type'], n['Index Name']])),
        ).to.include('news_search');
        // ...and a list index can give them in order when the words are common: the planner picks by statistics.
        const ordered = await postgresPlan(t.db, postgresNewsSearchQuery(t.db, search).compile(), [
          'enable_seqscan = off',
          'enable_sort = off',
          'enable_bitmapscan = off',
        ]);
        expect(ordered.filter((n) => n['Node Type'] === 'Sort')).to.deep.equal([]);
      }
    });
  });
}
