// The storage conformance suite: every behaviour the HTTP layer relies on, run on SQLite and on PostgreSQL, plus the
// promise that both engines answer the same data with the same bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { sql } from 'kysely';
import { seedDemoData } from '../src/seed/seed.js';
import {
  type MembershipGrant,
  type NewAspiration,
  type NewNews,
  type NewsRecord,
  SchemaTooNewError,
  type Storage,
  StorageConflictError,
} from '../src/storage/storage.js';
import { systemContext } from '../src/storage/write-context.js';
import { type OpenedEngine, openEngine } from './helpers/engines.js';
import { ENGINES, type Engine } from './helpers/setup.js';

const dir = mkdtempSync(join(tmpdir(), 'kim-conformance-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const open = (engine: Engine, options: { catalogCheckMs?: number } = {}) =>
  openEngine(engine, join(dir, `db-${++files}.db`), options);

let n = 0;
function article(overrides: Partial<NewNews> = {}): NewNews {
  n++;
  return {
    id: `nws_c${String(n).padStart(5, '0')}`,
    slug: `artikel-uji-${n}`,
    title: `Artikel uji nomor ${n}`,
    summary: 'Ringkasan artikel uji.',
    body: '<p>Isi artikel uji.</p>',
    image: null,
    groupId: 'grp_0001',
    regionCode: '19.71.01.1004',
    categoryId: 'pengumuman',
    tags: [],
    publishedAt: '2026-11-28T00:00:00.000Z',
    updatedAt: '2026-11-28T00:00:00.000Z',
    ...overrides,
  };
}

function aspiration(overrides: Partial<NewAspiration> = {}): NewAspiration {
  n++;
  return {
    id: `asp_conf${String(n).padStart(12, '0')}`,
    trackingCode: `C${String(n).padStart(9, '0')}`,
    kind: 'complaint',
    title: `Lampu jalan padam nomor ${n}`,
    body: 'Lampu jalan di depan pasar padam sejak minggu lalu.',
    categoryId: 'infrastruktur',
    regionCode: '19.71.01.1006',
    anonymous: false,
    confidential: false,
    reporter: { name: 'Warga', email: 'warga@example.org' },
    submittedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Every page of a list, following the keyset of each page's last row. */
async function allPages<T extends { id: string }>(
  page: (after: { value: string; id: string } | undefined) => Promise<T[]>,
  keyOf: (row: T) => string,
): Promise<T[]> {
  const rows: T[] = [];
  let after: { value: string; id: string } | undefined;
  for (;;) {
    const batch = await page(after);
    rows.push(...batch);
    const last = batch[batch.length - 1];
    if (!last || batch.length < 3) return rows;
    after = { value: keyOf(last), id: last.id };
  }
}

const newsOrder = (a: NewsRecord, b: NewsRecord) =>
  a.publishedAt === b.publishedAt ? (a.id < b.id ? 1 : -1) : a.publishedAt < b.publishedAt ? 1 : -1;

for (const engine of ENGINES) {
  describe(`storage conformance: ${engine}`, function () {
    this.timeout(60_000);
    let t: OpenedEngine;
    let storage: Storage;
    before(async () => {
      t = await open(engine);
      storage = t.storage;
      await seedDemoData(storage);
    });
    after(async () => {
      await t?.close();
    });

    describe('schema', () => {
      it('migrates an up-to-date database again without change', async () => {
        await storage.migrate();
        const status = await storage.schemaStatus();
        expect(status.pending).to.deep.equal([]);
        expect(status.unknown).to.deep.equal([]);
        expect(status.applied).to.deep.equal(Object.keys(t.dialect.migrations));
      });

      it('refuses a database migrated by a newer server, naming the migration', async () => {
        const other = await open(engine);
        try {
          await other.db
            .insertInto('kysely_migration' as never)
            .values({ name: '9999_from_the_future', timestamp: new Date().toISOString() } as never)
            .execute();
          const error = await other.storage.migrate().catch((e: unknown) => e);
          expect(error).to.be.instanceOf(SchemaTooNewError);
          expect((error as Error).message).to.match(/newer than this kim-server.*9999_from_the_future/);
          expect((await other.storage.schemaStatus()).unknown).to.deep.equal(['9999_from_the_future']);
        } finally {
          await other.close();
        }
      });

      it('proves that the database takes writes', async () => {
        await storage.checkWritable();
        await storage.ping();
      });
    });

    describe('regions and categories', () => {
      it('lists provinces, children, and every region of a level below a parent', async () => {
        expect((await storage.listRegions({})).map((r) => r.code)).to.deep.equal(['19']);
        expect((await storage.listRegions({ parent: '19.71' })).map((r) => r.code)).to.deep.equal([
          '19.71.01',
          '19.71.02',
          '19.71.03',
          '19.71.04',
          '19.71.05',
          '19.71.06',
          '19.71.07',
        ]);
        const villages = await storage.listRegions({ parent: '19.71', level: 'village' });
        expect(villages).to.have.length(42);
        expect(villages.every((v) => v.code.startsWith('19.71.'))).to.equal(true);
        expect((await storage.listRegions({ parent: '19', level: 'district' })).length).to.equal(7);
      });

      it('answers a level at or above the parent with the parent itself or nothing', async () => {
        expect((await storage.listRegions({ parent: '19.71', level: 'city' })).map((r) => r.code)).to.deep.equal([
          '19.71',
        ]);
        expect(await storage.listRegions({ parent: '19.71', level: 'regency' })).to.deep.equal([]);
        expect(await storage.listRegions({ parent: '19.71.01', level: 'province' })).to.deep.equal([]);
      });

      it('reads one region and the categories in their order', async () => {
        expect(await storage.getRegion('19.71.01.1004')).to.deep.equal({
          code: '19.71.01.1004',
          name: 'Semabung Lama',
          level: 'village',
          kind: 'kelurahan',
          parentCode: '19.71.01',
        });
        expect(await storage.getRegion('19.99')).to.equal(undefined);
        const categories = await storage.listCategories();
        expect(categories[0]?.id).to.equal('pengumuman');
        expect((await storage.getCategory('infrastruktur'))?.scopes).to.include('aspiration');
      });
    });

    describe('groups', () => {
      it('lists by name then id, and keyset pages add up to the whole list', async () => {
        const all = await storage.listGroups({ limit: 100 });
        expect(all.map((g) => g.name)).to.deep.equal([...all.map((g) => g.name)].sort());
        const paged = await allPages(
          (after) => storage.listGroups({ limit: 3, after }),
          (g) => g.name,
        );
        expect(paged.map((g) => g.id)).to.deep.equal(all.map((g) => g.id));
      });

      it('filters by a region prefix at every level', async () => {
        const all = await storage.listGroups({ limit: 100 });
        for (const code of ['19', '19.71', '19.71.01', '19.71.01.1004', '19.72', '19.71.09']) {
          const expected = all.filter((g) => g.regionCode === code || g.regionCode.startsWith(`${code}.`));
          const found = await storage.listGroups({ region: code, limit: 100 });
          expect(
            found.map((g) => g.id),
            code,
          ).to.deep.equal(expected.map((g) => g.id));
        }
      });

      it('filters by focus area and finds groups by prefixes of their words, accents ignored', async () => {
        const umkm = await storage.listGroups({ focus: 'umkm', limit: 100 });
        expect(umkm.length).to.be.greaterThan(0);
        expect(umkm.every((g) => g.focusAreas.includes('umkm'))).to.equal(true);
        const bacang = await storage.listGroups({ q: 'BACÁNG berse', limit: 100 });
        expect(bacang.map((g) => g.slug)).to.deep.equal(['kim-bacang-berseri']);
        // By its district's name, which is only in the regions table.
        const district = await storage.listGroups({ q: 'bukit intan', limit: 100 });
        expect(district.length).to.be.greaterThan(1);
        expect(await storage.listGroups({ q: '!!!', limit: 100 })).to.deep.equal([]);
        expect(await storage.listGroups({ q: 'zzzz', limit: 100 })).to.deep.equal([]);
        expect((await storage.listGroups({ q: 'berseri', limit: 100 })).length).to.equal(1);
        expect(await storage.listGroups({ q: 'berserix', limit: 100 })).to.deep.equal([]);
      });

      it('reads a group by id or slug with its village, district, decree and links', async () => {
        const bySlug = await storage.getGroup('kim-bacang-berseri');
        expect(bySlug?.village).to.deep.equal({ code: '19.71.01.1006', name: 'Bacang' });
        expect(bySlug?.district).to.deep.equal({ code: '19.71.01', name: 'Bukit Intan' });
        expect(bySlug?.decree?.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(Object.keys(bySlug?.social[0] ?? {})).to.deep.equal(['network', 'url']);
        expect(await storage.getGroup(bySlug!.id)).to.deep.equal(bySlug);
        expect(await storage.getGroup('no-such-group')).to.equal(undefined);
      });
    });

    describe('news', () => {
      it('lists newest first, and keyset pages add up to the whole list', async () => {
        const all = await storage.listNews({ limit: 100 });
        expect(all.length).to.equal(66);
        expect(all).to.deep.equal([...all].sort(newsOrder));
        const paged = await allPages(
          (after) => storage.listNews({ limit: 7, after }),
          (a) => a.publishedAt,
        );
        expect(paged.map((a) => a.id)).to.deep.equal(all.map((a) => a.id));
      });

      it('filters by a region prefix at every level, by group id or slug, and by category', async () => {
        const all = await storage.listNews({ limit: 100 });
        for (const code of ['19', '19.71', '19.71.02', '19.71.02.1001', '11']) {
          const expected = all.filter((a) => a.regionCode === code || a.regionCode.startsWith(`${code}.`));
          const found = await storage.listNews({ region: code, limit: 100 });
          expect(
            found.map((a) => a.id),
            code,
          ).to.deep.equal(expected.map((a) => a.id));
        }
        const group = all[0]!.group;
        const byId = await storage.listNews({ group: group.id, limit: 100 });
        expect(byId.length).to.be.greaterThan(0);
        expect(byId.every((a) => a.group.id === group.id)).to.equal(true);
        expect(await storage.listNews({ group: group.slug, limit: 100 })).to.deep.equal(byId);
        expect(await storage.listNews({ group: 'no-such-group', limit: 100 })).to.deep.equal([]);
        const health = await storage.listNews({ category: 'kesehatan', limit: 100 });
        expect(health.map((a) => a.id)).to.deep.equal(
          all.filter((a) => a.category.id === 'kesehatan').map((a) => a.id),
        );
      });

      it('searches every word as a prefix, with the other filters, newest first, page by page', async () => {
        const all = await storage.listNews({ limit: 100 });
        const posyandu = await storage.listNews({ q: 'posyan', limit: 100 });
        expect(posyandu.length).to.be.greaterThan(0);
        expect(posyandu).to.deep.equal(all.filter((a) => posyandu.some((p) => p.id === a.id)));
        const paged = await allPages(
          (after) => storage.listNews({ q: 'warga', limit: 4, after }),
          (a) => a.publishedAt,
        );
        expect(paged.map((a) => a.id)).to.deep.equal(
          (await storage.listNews({ q: 'warga', limit: 100 })).map((a) => a.id),
        );
        const inDistrict = await storage.listNews({ q: 'warga', region: '19.71.02', limit: 100 });
        expect(inDistrict.every((a) => a.regionCode.startsWith('19.71.02'))).to.equal(true);
        const group = posyandu[0]!.group;
        const byGroup = await storage.listNews({ q: 'posyan', group: group.slug, limit: 100 });
        expect(byGroup.map((a) => a.id)).to.deep.equal(
          posyandu.filter((a) => a.group.id === group.id).map((a) => a.id),
        );
        const byCategory = await storage.listNews({ q: 'warga', category: 'kesehatan', limit: 100 });
        expect(byCategory.every((a) => a.category.id === 'kesehatan')).to.equal(true);
        expect(await storage.listNews({ q: '  ', limit: 100 })).to.deep.equal([]);
        // A long word matches at its full length, not only by the first letters an index keeps.
        expect((await storage.listNews({ q: 'posyandu', limit: 100 })).length).to.be.greaterThan(0);
        expect(await storage.listNews({ q: 'posyandux', limit: 100 })).to.deep.equal([]);
        expect(await storage.listNews({ q: 'posyanduxyz', region: '19.71', limit: 100 })).to.deep.equal([]);
      });

      it('reads one article with its body by id or slug', async () => {
        const [first] = await storage.listNews({ limit: 1 });
        const bySlug = await storage.findPublicNews(first!.slug);
        expect(bySlug?.state === 'public' && bySlug.article.body).to.match(/^<p>/);
        expect(await storage.findPublicNews(first!.id)).to.deep.equal(bySlug);
        expect(await storage.findPublicNews('no-such-article')).to.equal(undefined);
      });

      it('orders articles of one millisecond by id, in lists, searches and cursors', async () => {
        const at = '2026-11-29T02:02:02.002Z';
        const tied = ['nws_tie_b', 'nws_tie_d', 'nws_tie_a', 'nws_tie_c'].map((id) =>
          article({ id, slug: id.replace(/_/g, '-'), title: `Kabar serentak ${id}`, publishedAt: at }),
        );
        await storage.putNews(tied.slice(0, 2));
        await storage.putNews(tied.slice(2));
        const expected = ['nws_tie_d', 'nws_tie_c', 'nws_tie_b', 'nws_tie_a'];
        expect((await storage.listNews({ limit: 4 })).map((a) => a.id)).to.deep.equal(expected);
        expect((await storage.listNews({ q: 'serentak', limit: 10 })).map((a) => a.id)).to.deep.equal(expected);
        const after = { value: at, id: 'nws_tie_c' };
        expect((await storage.listNews({ q: 'serentak', limit: 10, after })).map((a) => a.id)).to.deep.equal([
          'nws_tie_b',
          'nws_tie_a',
        ]);
        expect((await storage.listNews({ limit: 2, after })).map((a) => a.id)).to.deep.equal([
          'nws_tie_b',
          'nws_tie_a',
        ]);
      });

      it('finds an edited article by its new words only, and moves it when its time changes', async () => {
        const a = article({ title: 'Lomba perahu naga', publishedAt: '2026-11-28T06:00:00.000Z' });
        await storage.putNews([a]);
        expect((await storage.listNews({ q: 'perahu', limit: 5 })).map((x) => x.id)).to.deep.equal([a.id]);
        await storage.putNews([{ ...a, title: 'Festival layang-layang', publishedAt: '2026-11-29T12:00:00.000Z' }]);
        expect(await storage.listNews({ q: 'perahu', limit: 5 })).to.deep.equal([]);
        const found = await storage.listNews({ q: 'layang', limit: 5 });
        expect(found.map((x) => [x.id, x.publishedAt])).to.deep.equal([[a.id, '2026-11-29T12:00:00.000Z']]);
        expect((await storage.listNews({ limit: 1 }))[0]?.id).to.equal(a.id);
      });

      it('keeps timestamps to the millisecond as ISO strings in UTC', async () => {
        const a = article({ publishedAt: '2026-11-28T23:59:59.999Z', updatedAt: '2026-11-29T00:00:00.001Z' });
        await storage.putNews([a]);
        const stored = await storage.findPublicNews(a.id);
        const record = stored?.state === 'public' ? stored.article : undefined;
        expect([record?.publishedAt, record?.updatedAt]).to.deep.equal([a.publishedAt, a.updatedAt]);
      });
    });

    describe('catalog version', () => {
      it('moves on every catalog write, at once in this process and soon in another', async () => {
        const other = t.reopen({ catalogCheckMs: 20 });
        const before = await storage.catalogVersion();
        const seenBefore = await other.catalogVersion();
        await storage.putCategories(await storage.listCategories());
        const after = await storage.catalogVersion();
        expect(after).not.to.equal(before);
        await new Promise((resolve) => setTimeout(resolve, 30));
        const seenAfter = await other.catalogVersion();
        expect(seenAfter).not.to.equal(seenBefore);
        expect(seenAfter).to.equal(after);
      });

      it('does not move on submissions', async () => {
        const before = await storage.catalogVersion();
        await storage.createAspiration(aspiration());
        expect(await storage.catalogVersion()).to.equal(before);
      });
    });

    describe('aspirations', () => {
      it('stores a submission with its first history entry, booleans and reporter', async () => {
        const followUpSecretHash = 'ab'.repeat(32);
        const input = aspiration({
          anonymous: true,
          confidential: true,
          reporter: { phone: '0812' },
          followUpSecretHash,
        });
        const result = await storage.createAspiration(input);
        expect(result).to.deep.equal({
          outcome: 'created',
          aspiration: {
            id: input.id,
            trackingCode: input.trackingCode,
            submittedAt: input.submittedAt,
            followUpSecretHash,
          },
        });
        expect(await storage.getFollowUpTarget(input.trackingCode)).to.deep.include({
          id: input.id,
          followUpSecretHash,
          status: 'received',
          rating: null,
          resolvedAt: null,
        });
        const stored = await storage.getAspirationByTrackingCode(input.trackingCode);
        expect(stored).to.deep.include({
          id: input.id,
          status: 'received',
          anonymous: true,
          confidential: true,
          reporter: { phone: '0812' },
          submittedAt: input.submittedAt,
          updatedAt: input.submittedAt,
        });
        expect(stored?.history).to.deep.equal([
          {
            kind: 'status',
            agency: null,
            status: 'received',
            at: input.submittedAt,
            note: null,
            internalNote: null,
            actor: null,
          },
        ]);
        expect(stored?.deadline).to.equal(null);
        expect(stored?.agency).to.equal(null);
        expect(await storage.getAspiration(input.id)).to.deep.equal(stored);
      });

      it('replays a key used with the same request and refuses it with another', async () => {
        const first = await storage.createAspiration(aspiration(), { key: `k-${engine}-1`, requestHash: 'h1' });
        const again = await storage.createAspiration(aspiration(), { key: `k-${engine}-1`, requestHash: 'h1' });
        expect(again).to.deep.equal({ outcome: 'replayed', aspiration: (first as { aspiration: unknown }).aspiration });
        expect(await storage.createAspiration(aspiration(), { key: `k-${engine}-1`, requestHash: 'h2' })).to.deep.equal(
          {
            outcome: 'conflict',
          },
        );
      });

      it('stores 50 submissions that arrive at once; one with a taken tracking code fails alone', async () => {
        const existing = aspiration();
        await storage.createAspiration(existing);
        const inputs = Array.from({ length: 50 }, () => aspiration());
        inputs[20] = aspiration({ trackingCode: existing.trackingCode });
        const results = await Promise.allSettled(
          inputs.map((input, i) => storage.createAspiration(input, { key: `batch-${engine}-${i}`, requestHash: 'x' })),
        );
        expect(results.filter((r) => r.status === 'rejected')).to.have.length(1);
        expect(results[20]?.status).to.equal('rejected');
        for (const [i, input] of inputs.entries()) {
          if (i !== 20) expect((await storage.getAspiration(input.id))?.trackingCode).to.equal(input.trackingCode);
        }
        // The failed one left nothing behind: its key is free.
        const retry = await storage.createAspiration(aspiration(), { key: `batch-${engine}-20`, requestHash: 'x' });
        expect(retry.outcome).to.equal('created');
      });

      it('moves a status only from an allowed one, once when two changes race', async () => {
        const input = aspiration();
        await storage.createAspiration(input);
        const change = (status: 'verified' | 'rejected', at: string) =>
          storage.changeAspirationStatus(systemContext(at), input.id, {
            status,
            note: 'Dicek.',
            internalNote: null,
            allowedFrom: ['received'],
          });
        const results = await Promise.all([
          change('verified', '2027-01-01T00:00:01.000Z'),
          change('rejected', '2027-01-01T00:00:02.000Z'),
        ]);
        expect(results.map((r) => r.outcome).sort()).to.deep.equal(['changed', 'invalid_transition']);
        const stored = await storage.getAspiration(input.id);
        expect(stored?.history).to.have.length(2);
        expect(
          await storage.changeAspirationStatus(systemContext('2027-01-01T00:00:00.000Z'), 'asp_none', {
            status: 'verified',
            note: null,
            internalNote: null,
            allowedFrom: ['received'],
          }),
        ).to.deep.equal({ outcome: 'not_found' });
        expect(
          await storage.changeAspirationStatus(systemContext('2027-01-01T00:00:00.000Z'), input.id, {
            status: 'received',
            note: null,
            internalNote: null,
            allowedFrom: [],
          }),
        ).to.deep.equal({ outcome: 'invalid_transition', from: stored?.status });
      });

      it('lists newest first by status, and keyset pages add up to the whole list', async () => {
        const all = await storage.listAspirations({ limit: 500 });
        expect(all.map((a) => a.submittedAt)).to.deep.equal([...all.map((a) => a.submittedAt)].sort().reverse());
        const paged = await allPages(
          (after) => storage.listAspirations({ limit: 5, after }),
          (a) => a.submittedAt,
        );
        expect(paged.map((a) => a.id)).to.deep.equal(all.map((a) => a.id));
        const received = await storage.listAspirations({ status: 'received', limit: 500 });
        expect(received.map((a) => a.id)).to.deep.equal(all.filter((a) => a.status === 'received').map((a) => a.id));
      });
    });

    describe('agencies and deadlines', () => {
      it('keeps a registry per region: create, rename, archive, restore, each versioned and audited', async () => {
        const ctx = systemContext('2026-11-30T01:00:00.000Z');
        const created = await storage.createAgency(ctx, {
          id: `agc_conf_${engine}`,
          regionCode: '19.71',
          name: 'Dinas Pemadam Kebakaran dan Penyelamatan',
          shortName: 'Damkar',
          email: null,
          phone: '0717-123456',
        });
        expect(created.outcome).to.equal('written');
        const taken = await storage.createAgency(ctx, {
          id: `agc_conf2_${engine}`,
          regionCode: '19.71',
          name: 'Lain',
          shortName: 'Damkar',
          email: null,
          phone: null,
        });
        expect(taken).to.deep.equal({ outcome: 'taken' });
        const renamed = await storage.updateAgency(ctx, `agc_conf_${engine}`, 1, { shortName: 'Dinas Damkar' });
        expect(renamed.outcome === 'written' && renamed.record).to.deep.include({
          shortName: 'Dinas Damkar',
          version: 2,
        });
        expect((await storage.updateAgency(ctx, `agc_conf_${engine}`, 1, { name: 'X' })).outcome).to.equal('stale');
        const archived = await storage.setAgencyArchived(ctx, `agc_conf_${engine}`, 2, true);
        expect(archived.outcome === 'written' && archived.record.archivedAt).to.equal(ctx.at);
        const active = await storage.listAgencies({ scope: ['19.71'], status: 'active', limit: 100 });
        expect(active.map((a) => a.id))
          .to.include('agc_pupr')
          .and.not.include(`agc_conf_${engine}`);
        expect(active.map((a) => a.name)).to.deep.equal([...active.map((a) => a.name)].sort());
        expect(await storage.listAgencies({ scope: ['31'], limit: 100 })).to.deep.equal([]);
        const found = await storage.listAgencies({ scope: 'all', q: 'damkar', limit: 100 });
        expect(found.map((a) => a.id)).to.deep.equal([`agc_conf_${engine}`]);
        const audit = await storage.listAudit({ targetId: `agc_conf_${engine}`, regions: 'all', limit: 10 });
        expect(audit.map((e) => e.action)).to.deep.equal(['agency.archive', 'agency.update', 'agency.create']);
        expect(audit[1]?.changes).to.deep.equal(['shortName']);
      });

      it('stores the due date at submission, a new one per stage, the agency forwarded to and its answer', async () => {
        const input = aspiration({ deadline: { stage: 'response', dueAt: '2026-12-03T16:59:59.000Z' } });
        await storage.createAspiration(input);
        expect((await storage.getAspiration(input.id))?.deadline).to.deep.equal({
          stage: 'response',
          dueAt: '2026-12-03T16:59:59.000Z',
        });
        const step = (
          status: 'verified' | 'forwarded' | 'resolved',
          from: 'received' | 'verified' | 'in_progress',
          dueAt: string,
          agencyId?: string,
        ) =>
          storage.changeAspirationStatus(systemContext('2026-12-01T01:00:00.000Z'), input.id, {
            status,
            note: null,
            internalNote: null,
            allowedFrom: [from],
            agencyId,
            deadline: () => (status === 'resolved' ? undefined : { stage: 'resolution', dueAt }),
          });
        await step('verified', 'received', '2026-12-18T16:59:59.000Z');
        expect((await storage.getAspiration(input.id))?.deadline?.dueAt).to.equal('2026-12-18T16:59:59.000Z');
        // Forwarding stays in the resolution stage: the date set at verification holds.
        const forwarded = await step('forwarded', 'verified', '2026-12-31T16:59:59.000Z', 'agc_pupr');
        expect(forwarded.outcome === 'changed' && forwarded.record).to.deep.include({
          agency: { id: 'agc_pupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', shortName: 'Dinas PUPR' },
          deadline: { stage: 'resolution', dueAt: '2026-12-18T16:59:59.000Z' },
        });
        const version = forwarded.outcome === 'changed' ? forwarded.record.version : 0;
        const stale = await storage.recordAgencyResponse(systemContext('2026-12-02T01:00:00.000Z'), input.id, {
          note: 'Perbaikan dijadwalkan.',
          internalNote: null,
          expectedVersion: version - 1,
        });
        expect(stale.outcome).to.equal('stale');
        const answered = await storage.recordAgencyResponse(systemContext('2026-12-02T01:00:00.000Z'), input.id, {
          note: 'Perbaikan dijadwalkan.',
          internalNote: 'Tiket PUPR 12',
          expectedVersion: version,
        });
        expect(answered.outcome === 'changed' && answered.record.history.at(-1)).to.deep.include({
          kind: 'agency_response',
          status: 'forwarded',
          note: 'Perbaikan dijadwalkan.',
          internalNote: 'Tiket PUPR 12',
          agency: { id: 'agc_pupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', shortName: 'Dinas PUPR' },
        });
        const listed = await storage.listAspirations({ agencyId: 'agc_pupr', limit: 100 });
        expect(listed.map((a) => a.id)).to.include(input.id);
        // A received aspiration has no agency: its answer cannot be recorded.
        const other = aspiration();
        await storage.createAspiration(other);
        const refused = await storage.recordAgencyResponse(systemContext('2026-12-02T01:00:00.000Z'), other.id, {
          note: 'x',
          internalNote: null,
          expectedVersion: 1,
        });
        expect(refused).to.deep.equal({ outcome: 'invalid_transition', from: 'received' });
      });

      it('lists the overdue queue: past due and not finished', async () => {
        const late = aspiration({ deadline: { stage: 'response', dueAt: '2026-01-05T16:59:59.000Z' } });
        const onTime = aspiration({ deadline: { stage: 'response', dueAt: '2099-01-05T16:59:59.000Z' } });
        await storage.createAspiration(late);
        await storage.createAspiration(onTime);
        const now = '2026-11-30T00:00:00.000Z';
        const overdue = (await storage.listAspirations({ overdue: { now, value: true }, limit: 1000 })).map(
          (a) => a.id,
        );
        expect(overdue).to.include(late.id).and.not.include(onTime.id);
        const notOverdue = (await storage.listAspirations({ overdue: { now, value: false }, limit: 1000 })).map(
          (a) => a.id,
        );
        expect(notOverdue).to.include(onTime.id).and.not.include(late.id);
        await storage.changeAspirationStatus(systemContext(now), late.id, {
          status: 'rejected',
          note: 'Di luar kewenangan.',
          internalNote: null,
          allowedFrom: ['received'],
          deadline: () => undefined,
        });
        expect((await storage.getAspiration(late.id))?.deadline).to.equal(null);
        const after = (await storage.listAspirations({ overdue: { now, value: true }, limit: 1000 })).map((a) => a.id);
        expect(after).to.not.include(late.id);
      });
    });

    describe('accounts, sessions and API tokens', () => {
      const ctx = (at = '2027-02-01T00:00:00.000Z') => systemContext(at);
      let people = 0;
      const person = (grants: MembershipGrant[], email?: string) =>
        storage.createUser(ctx(), {
          id: `usr_conf${engine}${++people}`,
          email: email ?? `orang.${engine}.${people}@example.org`,
          name: `Orang ${people}`,
          status: 'active',
          passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g',
          memberships: grants,
        });

      it('creates a person with memberships named in words, one per role and scope', async () => {
        const user = await person([
          { role: 'dinas', regionCode: '19.71' },
          { role: 'kim', groupId: 'grp_0002' },
          { role: 'kim', groupId: 'grp_0002' },
        ]);
        expect(user.status).to.equal('active');
        expect(user.version).to.equal(1);
        expect(user.lastSignInAt).to.equal(null);
        expect(user.memberships).to.deep.equal([
          { role: 'dinas', region: { code: '19.71', name: 'Kota Pangkal Pinang' } },
          {
            role: 'kim',
            group: {
              id: 'grp_0002',
              slug: 'kim-bacang-berseri',
              name: 'KIM Bacang Berseri',
              regionCode: '19.71.01.1006',
            },
          },
        ]);
        expect(await storage.getUser(user.id)).to.deep.equal(user);
        expect(await storage.getUser('usr_none')).to.equal(undefined);
      });

      it('refuses a second account for the same email in another case', async () => {
        await person([{ role: 'admin' }], `Sama.${engine}@Example.org`);
        const error = await person([{ role: 'admin' }], ` sama.${engine}@example.ORG`).catch((e: unknown) => e);
        expect(error).to.be.instanceOf(StorageConflictError);
      });

      it('resolves a session until its idle or absolute expiry, moving the idle one at most once a minute', async () => {
        const user = await person([{ role: 'kim', groupId: 'grp_0002' }]);
        const idleMs = 3_600_000;
        await storage.createSession(ctx('2027-02-01T00:00:00.000Z'), {
          id: `ses_conf${engine}1`,
          tokenHash: `hash-${engine}-1`,
          userId: user.id,
          idleExpiresAt: '2027-02-01T01:00:00.000Z',
          expiresAt: '2027-02-01T02:30:00.000Z',
        });
        expect((await storage.getUser(user.id))?.lastSignInAt).to.equal('2027-02-01T00:00:00.000Z');
        const at = (time: string) => storage.resolveSession(`hash-${engine}-1`, `2027-02-01T${time}.000Z`, idleMs);

        const first = await at('00:00:30');
        expect(first?.user).to.deep.equal({ id: user.id, name: user.name, email: user.email });
        expect(first?.memberships).to.deep.equal([{ role: 'kim', scope: 'grp_0002', regionCode: '19.71.01.1006' }]);
        // Within a minute of the last write: not moved.
        expect(first?.via).to.deep.include({ kind: 'session', idleExpiresAt: '2027-02-01T01:00:00.000Z' });
        const moved = await at('00:50:00');
        expect(moved?.via).to.deep.include({ idleExpiresAt: '2027-02-01T01:50:00.000Z' });
        // Capped by the absolute expiry.
        expect((await at('01:40:00'))?.via).to.deep.include({ idleExpiresAt: '2027-02-01T02:30:00.000Z' });
        expect(await at('02:30:00')).to.equal(undefined);
        expect(await storage.resolveSession('hash-unknown', '2027-02-01T00:10:00.000Z', idleMs)).to.equal(undefined);
      });

      it('ends a session that was not used within the idle time, and sessions of a disabled person', async () => {
        const user = await person([{ role: 'admin' }]);
        const session = (n: number) => ({
          id: `ses_conf${engine}${n}0`,
          tokenHash: `hash-${engine}-${n}0`,
          userId: user.id,
          idleExpiresAt: '2027-02-01T01:00:00.000Z',
          expiresAt: '2027-02-08T00:00:00.000Z',
        });
        await storage.createSession(ctx(), session(2));
        await storage.createSession(ctx(), session(3));
        expect(await storage.resolveSession(`hash-${engine}-20`, '2027-02-01T01:00:00.000Z', 3_600_000)).to.equal(
          undefined,
        );
        expect(await storage.resolveSession(`hash-${engine}-30`, '2027-02-01T00:59:00.000Z', 3_600_000)).not.to.equal(
          undefined,
        );
        await t.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', user.id).execute();
        expect(await storage.resolveSession(`hash-${engine}-30`, '2027-02-01T00:59:30.000Z', 3_600_000)).to.equal(
          undefined,
        );
      });

      it('resolves an API token to its one membership until it expires, is revoked or the role is taken away', async () => {
        const user = await person([{ role: 'dinas', regionCode: '19.71' }, { role: 'admin' }]);
        const token = await storage.createApiToken(ctx(), {
          id: `tok_conf${engine}1`,
          tokenHash: `tok-hash-${engine}-1`,
          prefix: 'kimp_abcd',
          userId: user.id,
          name: 'Integrasi situs kota',
          membership: { role: 'dinas', regionCode: '19.71' },
          expiresAt: '2027-03-01T00:00:00.000Z',
        });
        expect(token).to.deep.equal({
          id: `tok_conf${engine}1`,
          name: 'Integrasi situs kota',
          membership: { role: 'dinas', region: { code: '19.71', name: 'Kota Pangkal Pinang' } },
          owner: { id: user.id, name: user.name },
          prefix: 'kimp_abcd',
          createdAt: '2027-02-01T00:00:00.000Z',
          expiresAt: '2027-03-01T00:00:00.000Z',
          lastUsedAt: null,
          revokedAt: null,
        });
        const resolve = (now: string) => storage.resolveApiToken(`tok-hash-${engine}-1`, now);
        const resolved = await resolve('2027-02-02T00:00:00.000Z');
        expect(resolved?.memberships).to.deep.equal([{ role: 'dinas', scope: '19.71' }]);
        expect(resolved?.via).to.deep.equal({ kind: 'api', tokenId: token.id });
        const used = await t.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', token.id).execute();
        expect(used[0]?.last_used_at).to.equal('2027-02-02T00:00:00.000Z');
        expect(await resolve('2027-03-01T00:00:00.000Z')).to.equal(undefined);

        await t.db.deleteFrom('memberships').where('user_id', '=', user.id).where('role', '=', 'dinas').execute();
        expect(await resolve('2027-02-02T00:05:00.000Z')).to.equal(undefined);
        await t.db
          .insertInto('memberships')
          .values({ user_id: user.id, role: 'dinas', scope: '19.71', group_id: null })
          .execute();
        expect(await resolve('2027-02-02T00:06:00.000Z')).not.to.equal(undefined);
        await t.db.updateTable('api_tokens').set({ revoked_at: '2027-02-02T00:07:00.000Z' }).execute();
        expect(await resolve('2027-02-02T00:08:00.000Z')).to.equal(undefined);
      });
      it('finds a person to sign in by email in any case, and changes a password ending the other sessions', async () => {
        const user = await person([{ role: 'kim', groupId: 'grp_0002' }], `Masuk.${engine}@Example.org`);
        const found = await storage.findSignIn(` masuk.${engine}@EXAMPLE.org`);
        expect(found).to.deep.include({ id: user.id, status: 'active' });
        expect(found?.passwordHash).to.match(/^\$argon2id\$/);
        expect(await storage.findSignIn('tidak.ada@example.org')).to.equal(undefined);
        for (const n of [1, 2]) {
          await storage.createSession(ctx(), {
            id: `ses_pw${engine}${n}`,
            tokenHash: `pw-hash-${engine}-${n}`,
            userId: user.id,
            idleExpiresAt: '2027-02-01T12:00:00.000Z',
            expiresAt: '2027-02-08T00:00:00.000Z',
          });
        }
        await storage.changePassword(ctx('2027-02-01T00:10:00.000Z'), user.id, '$argon2id$new', `ses_pw${engine}1`);
        expect((await storage.getSignIn(user.id))?.passwordHash).to.equal('$argon2id$new');
        expect((await storage.getUser(user.id))?.version).to.equal(2);
        const at = '2027-02-01T00:11:00.000Z';
        expect(await storage.resolveSession(`pw-hash-${engine}-1`, at, 3_600_000)).not.to.equal(undefined);
        expect(await storage.resolveSession(`pw-hash-${engine}-2`, at, 3_600_000)).to.equal(undefined);
        // A rehash applies only over the hash it replaces.
        await storage.rehashPassword(user.id, '$argon2id$old', '$argon2id$lost');
        expect((await storage.getSignIn(user.id))?.passwordHash).to.equal('$argon2id$new');
        expect(await storage.endSession(ctx('2027-02-01T00:12:00.000Z'), `ses_pw${engine}1`)).to.equal(true);
        expect(await storage.endSession(ctx(), `ses_pw${engine}1`)).to.equal(false);
        const [entry] = await storage.listAudit({ regions: 'all', limit: 1, targetId: user.id });
        expect(entry).to.deep.include({ action: 'user.sign_out', regionCode: '19.71.01.1006' });
      });

      it('uses an invitation once, replaces older links, and refuses expired ones', async () => {
        const user = await storage.createUser(ctx(), {
          id: `usr_inv${engine}`,
          email: `undangan.${engine}@example.org`,
          name: 'Calon Operator',
          status: 'invited',
          passwordHash: null,
          memberships: [{ role: 'kim', groupId: 'grp_0002' }],
        });
        const link = (n: number, expiresAt = '2027-02-04T00:00:00.000Z') =>
          storage.createInvitation(ctx(), {
            id: `inv_${engine}${n}`,
            tokenHash: `inv-hash-${engine}-${n}`,
            userId: user.id,
            kind: 'invite',
            expiresAt,
          });
        await link(1);
        await link(2);
        const now = '2027-02-02T00:00:00.000Z';
        expect(await storage.findInvitation(`inv-hash-${engine}-1`, now)).to.equal(undefined);
        const found = await storage.findInvitation(`inv-hash-${engine}-2`, now);
        expect(found).to.deep.include({ id: `inv_${engine}2`, kind: 'invite', expiresAt: '2027-02-04T00:00:00.000Z' });
        expect(found?.user.id).to.equal(user.id);
        expect(await storage.findInvitation(`inv-hash-${engine}-2`, '2027-02-04T00:00:00.000Z')).to.equal(undefined);

        const session = (n: number) => ({
          id: `ses_inv${engine}${n}`,
          tokenHash: `ses-inv-${engine}-${n}`,
          idleExpiresAt: '2027-02-02T12:00:00.000Z',
          expiresAt: '2027-02-09T00:00:00.000Z',
        });
        const accept = (n: number) =>
          storage.acceptInvitation(ctx(now), `inv-hash-${engine}-2`, {
            passwordHash: '$argon2id$set',
            name: 'Dewi Operator',
            session: session(n),
          });
        const [first, second] = await Promise.all([accept(1), accept(2)]);
        const accepted = first ?? second;
        expect([first, second].filter((x) => x !== undefined)).to.have.length(1);
        expect(accepted).to.deep.include({ status: 'active', name: 'Dewi Operator', version: 2 });
        expect(await storage.findInvitation(`inv-hash-${engine}-2`, now)).to.equal(undefined);
        const signedIn =
          (await storage.resolveSession(`ses-inv-${engine}-1`, now, 3_600_000)) ??
          (await storage.resolveSession(`ses-inv-${engine}-2`, now, 3_600_000));
        expect(signedIn?.user.id).to.equal(user.id);
        await link(3, '2027-02-01T00:00:00.000Z');
        expect(await storage.findInvitation(`inv-hash-${engine}-3`, now)).to.equal(undefined);
      });

      it('lists API tokens newest first, by owner and by region, and revokes them once', async () => {
        const owner = await person([
          { role: 'dinas', regionCode: '19.71' },
          { role: 'kim', groupId: 'grp_0002' },
        ]);
        const make = (n: number, membership: MembershipGrant, at: string) =>
          storage.createApiToken(ctx(at), {
            id: `tok_list${engine}${n}`,
            tokenHash: `tok-list-${engine}-${n}`,
            prefix: 'kimp_list',
            userId: owner.id,
            name: `Token ${n}`,
            membership,
            expiresAt: '2027-06-01T00:00:00.000Z',
          });
        await make(1, { role: 'dinas', regionCode: '19.71' }, '2027-02-01T00:00:01.000Z');
        await make(2, { role: 'kim', groupId: 'grp_0002' }, '2027-02-01T00:00:02.000Z');
        await make(3, { role: 'kim', groupId: 'grp_0002' }, '2027-02-01T00:00:02.000Z');
        const list = (filter: Partial<Parameters<typeof storage.listApiTokens>[0]>) =>
          storage
            .listApiTokens({
              ownerId: owner.id,
              includeEnded: false,
              now: '2027-02-02T00:00:00.000Z',
              regions: 'all',
              limit: 10,
              ...filter,
            })
            .then((rows) => rows.map((r) => r.id));
        const all = [`tok_list${engine}3`, `tok_list${engine}2`, `tok_list${engine}1`];
        expect(await list({})).to.deep.equal(all);
        expect(
          await list({ limit: 2, after: { value: '2027-02-01T00:00:02.000Z', id: `tok_list${engine}3` } }),
        ).to.deep.equal(all.slice(1));
        expect(await list({ regions: ['19.71.01'] })).to.deep.equal(all.slice(0, 2));
        expect(await list({ regions: ['19.71'] })).to.deep.equal(all);
        expect(await list({ regions: ['31'] })).to.deep.equal([]);
        expect(await list({ regions: [] })).to.deep.equal([]);

        const revoked = await storage.revokeApiToken(ctx('2027-02-01T01:00:00.000Z'), `tok_list${engine}2`);
        expect(revoked?.revokedAt).to.equal('2027-02-01T01:00:00.000Z');
        const again = await storage.revokeApiToken(ctx('2027-02-01T02:00:00.000Z'), `tok_list${engine}2`);
        expect(again?.revokedAt).to.equal('2027-02-01T01:00:00.000Z');
        expect(await list({})).to.deep.equal([all[0], all[2]]);
        expect(await list({ includeEnded: true })).to.deep.equal(all);
        expect(await list({ now: '2027-06-01T00:00:00.000Z', includeEnded: false })).to.deep.equal([]);
        const entries = await storage.listAudit({ regions: 'all', limit: 10, targetId: `tok_list${engine}2` });
        expect(entries.map((e) => e.action)).to.deep.equal(['token.revoke', 'token.create']);
        expect(await storage.revokeApiToken(ctx(), 'tok_none')).to.equal(undefined);
      });
    });

    describe('audit log', () => {
      it('records each write with its actor, request and region, in the same transaction', async () => {
        const before = await storage.listAudit({ regions: 'all', limit: 100 });
        const input = aspiration();
        await storage.createAspiration(input);
        await storage.changeAspirationStatus(
          {
            actor: { type: 'bootstrap', id: null, name: null },
            requestId: 'req-audit-1',
            clientAddress: '203.0.113.9',
            at: '2027-04-01T00:00:00.000Z',
          },
          input.id,
          { status: 'verified', note: 'Sudah dicek.', internalNote: 'Petugas: Andi', allowedFrom: ['received'] },
        );
        const [entry] = await storage.listAudit({ regions: 'all', limit: 1, targetId: input.id });
        expect(entry).to.deep.equal({
          id: entry?.id,
          at: '2027-04-01T00:00:00.000Z',
          actor: { type: 'bootstrap', id: null, name: null },
          action: 'aspiration.status',
          target: { type: 'aspiration', id: input.id, label: input.trackingCode },
          changes: ['status', 'note', 'internalNote'],
          regionCode: '19.71.01.1006',
          requestId: 'req-audit-1',
          clientAddress: '203.0.113.9',
        });
        // A refused change writes nothing, the audit entry included.
        await storage.changeAspirationStatus(systemContext('2027-04-02T00:00:00.000Z'), input.id, {
          status: 'received',
          note: null,
          internalNote: null,
          allowedFrom: [],
        });
        const after = await storage.listAudit({ regions: 'all', limit: 100 });
        expect(after.length).to.equal(Math.min(100, before.length + 1));
      });

      it('refuses to change or delete an entry, on both engines', async () => {
        await storage.appendAudit(systemContext(), {
          action: 'aspiration.export',
          target: { type: 'aspiration', id: 'export', label: null },
          changes: [],
          regionCode: '19.71',
        });
        for (const attempt of [
          () => t.db.updateTable('audit_log').set({ action: 'x.y' }).execute(),
          () => t.db.deleteFrom('audit_log').execute(),
        ]) {
          const error = await attempt().catch((e: unknown) => e);
          expect(error, String(error)).to.be.instanceOf(Error);
          expect(String((error as Error).message)).to.match(/append-only/);
        }
        if (engine === 'postgres') {
          const error = await sql`TRUNCATE audit_log`.execute(t.db).catch((e: unknown) => e);
          expect(String((error as Error).message)).to.match(/append-only/);
        }
      });

      it('filters by actor, target, action and time, within a region scope, newest first in pages', async () => {
        const at = (n: number) => `2027-05-01T00:00:0${n}.000Z`;
        const actor = { type: 'user' as const, id: `usr_audit${engine}`, name: 'Andi' };
        const write = (n: number, regionCode: string | null, action = 'user.update') =>
          storage.appendAudit(
            { actor, requestId: null, clientAddress: null, at: at(n) },
            { action, target: { type: 'user', id: `usr_t${engine}${n}`, label: null }, changes: ['name'], regionCode },
          );
        await write(1, '19.71.01.1006');
        await write(2, '19.71');
        await write(3, '19');
        await write(4, '31.71.01.1001', 'token.revoke');
        await write(5, null);
        const list = (filter: Partial<Parameters<Storage['listAudit']>[0]>) =>
          storage
            .listAudit({ regions: 'all', limit: 50, actorId: actor.id, ...filter })
            .then((entries) => entries.map((e) => e.at.slice(18, 19)));
        expect(await list({})).to.deep.equal(['5', '4', '3', '2', '1']);
        expect(await list({ regions: ['19.71'] })).to.deep.equal(['2', '1']);
        expect(await list({ regions: ['19'] })).to.deep.equal(['3', '2', '1']);
        expect(await list({ regions: ['19.71.01'] })).to.deep.equal(['1']);
        expect(await list({ regions: ['19.71', '31.71'] })).to.deep.equal(['4', '2', '1']);
        expect(await list({ regions: [] })).to.deep.equal([]);
        expect(await list({ action: 'token' })).to.deep.equal(['4']);
        expect(await list({ action: 'user.update' })).to.deep.equal(['5', '3', '2', '1']);
        expect(await list({ from: at(2), to: at(4) })).to.deep.equal(['3', '2']);
        expect(await list({ targetType: 'user', targetId: `usr_t${engine}3` })).to.deep.equal(['3']);
        const paged = await allPages(
          (after) => storage.listAudit({ regions: 'all', limit: 3, actorId: actor.id, after }),
          (e) => e.at,
        );
        expect(paged.map((e) => e.at)).to.deep.equal([5, 4, 3, 2, 1].map(at));
      });
    });

    describe('token buckets', () => {
      const rule = { limit: 3, windowSeconds: 60 };
      it('allows a burst up to the limit, then refills with time', async () => {
        const now = 1_800_000_000_000;
        const takes = [];
        for (let i = 0; i < 4; i++) takes.push(await storage.takeToken(`ip:${engine}:a`, rule, now));
        expect(takes.map((s) => s.allowed)).to.deep.equal([true, true, true, false]);
        expect(takes.map((s) => s.tokens)).to.deep.equal([2, 1, 0, 0]);
        expect((await storage.takeToken(`ip:${engine}:a`, rule, now + 10_000)).allowed).to.equal(false);
        const later = await storage.takeToken(`ip:${engine}:a`, rule, now + 20_000);
        expect(later.allowed).to.equal(true);
        expect(later.tokens).to.be.closeTo(0, 1e-9);
        expect((await storage.takeToken(`ip:${engine}:b`, rule, now)).tokens).to.equal(2);
      });

      it('shares buckets between processes and counts concurrent takes exactly', async () => {
        const other = t.reopen();
        const now = 1_800_000_100_000;
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) => (i % 2 ? storage : other).takeToken(`ip:${engine}:c`, rule, now)),
        );
        expect(results.filter((r) => r.allowed)).to.have.length(3);
      });
    });

    describe('clearing content', () => {
      it('deletes groups, news and aspirations but keeps regions and categories', async () => {
        const fresh = await open(engine);
        try {
          await seedDemoData(fresh.storage);
          await fresh.storage.clearContent();
          expect(await fresh.storage.listNews({ limit: 5 })).to.deep.equal([]);
          expect(await fresh.storage.listGroups({ limit: 5 })).to.deep.equal([]);
          expect(await fresh.storage.listAspirations({ limit: 5 })).to.deep.equal([]);
          expect(await fresh.storage.listNews({ q: 'warga', limit: 5 })).to.deep.equal([]);
          expect((await fresh.storage.listRegions({})).length).to.equal(1);
          expect((await fresh.storage.listCategories()).length).to.equal(12);
        } finally {
          await fresh.close();
        }
      });
    });
  });
}

describe('storage conformance: both engines answer alike', function () {
  this.timeout(60_000);
  let sqlite: OpenedEngine;
  let postgres: OpenedEngine;
  before(async () => {
    [sqlite, postgres] = await Promise.all([open('sqlite'), open('postgres')]);
    await Promise.all([seedDemoData(sqlite.storage), seedDemoData(postgres.storage)]);
  });
  after(async () => {
    await sqlite?.close();
    await postgres?.close();
  });

  const calls: [string, (s: Storage) => Promise<unknown>][] = [
    ['regions', (s) => s.listRegions({ parent: '19.71', level: 'village' })],
    ['categories', (s) => s.listCategories()],
    ['groups', (s) => s.listGroups({ limit: 100 })],
    ['groups in a district', (s) => s.listGroups({ region: '19.71.03', limit: 100 })],
    ['groups found by words', (s) => s.listGroups({ q: 'kim pa', limit: 100 })],
    ['a group', (s) => s.getGroup('kim-bacang-berseri')],
    ['news', (s) => s.listNews({ limit: 100 })],
    ['news in a district', (s) => s.listNews({ region: '19.71.05', limit: 100 })],
    ['news found by words', (s) => s.listNews({ q: 'warga ke', limit: 100 })],
    ['news found by words in a district', (s) => s.listNews({ q: 'pe', region: '19.71.01', limit: 100 })],
    ['an article', (s) => s.findPublicNews('nws_0001')],
    ['aspirations', (s) => s.listAspirations({ limit: 100 })],
  ];
  for (const [name, call] of calls) {
    it(`gives the same bytes for ${name}`, async () => {
      const a = JSON.stringify(await call(sqlite.storage));
      const b = JSON.stringify(await call(postgres.storage));
      expect(a.length).to.be.greaterThan(2);
      expect(b).to.equal(a);
    });
  }

  it('has the same tables and columns on both engines', async () => {
    const shape = async (o: OpenedEngine) => {
      const tables = await o.db.introspection.getTables();
      const entries = [];
      for (const table of tables) {
        if (table.name.includes('_fts') || table.name.startsWith('kysely_')) continue;
        let columns = table.columns.map((c) => c.name);
        if (o.engine === 'sqlite') {
          // Kysely reads table_info, which leaves out generated columns; table_xinfo has them.
          const rows = await sql<{ name: string }>`SELECT name FROM pragma_table_xinfo(${table.name})`.execute(o.db);
          columns = rows.rows.map((r) => r.name);
        }
        // Each engine's own search columns: PostgreSQL's tsvector, SQLite's FTS key.
        entries.push([table.name, columns.filter((c) => !['search', 'sort_key'].includes(c)).sort()]);
      }
      return Object.fromEntries(entries);
    };
    expect(await shape(postgres)).to.deep.equal(await shape(sqlite));
  });
});
