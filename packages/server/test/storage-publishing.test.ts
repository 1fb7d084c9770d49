// The write side of the catalog on both engines: the news workflow with its scheduled publications, optimistic
// concurrency (of two writers of one version exactly one wins, also from another connection), the group registry
// with its slug history and archiving, categories, and the database-backed media store.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { seedDemoData } from '../src/seed/seed.js';
import type { GroupFields, MediaRecord, NewsDraft, Storage, WriteContext } from '../src/storage/storage.js';
import { type OpenedEngine, openEngine } from './helpers/engines.js';
import { ENGINES } from './helpers/setup.js';

const WRITER = fileURLToPath(new URL('./helpers/news-writer.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kim-publishing-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const ctx = (at = iso(Date.now())): WriteContext => ({
  at,
  actor: { type: 'user', id: 'usr_editor', name: 'Editor' },
  requestId: 'req_test',
  clientAddress: '127.0.0.1',
});

let n = 0;
function draft(overrides: Partial<NewsDraft> = {}): NewsDraft {
  n++;
  return {
    id: `nws_p${String(n).padStart(4, '0')}`,
    groupId: 'grp_0001',
    regionCode: '19.71.01.1004',
    categoryId: 'pengumuman',
    title: `Kerja bakti warga ke-${n}`,
    body: '<p>Warga membersihkan saluran air bersama.</p>',
    summary: 'Warga membersihkan saluran air bersama.',
    summarySource: 'derived',
    readingMinutes: 1,
    tags: [],
    image: null,
    authorId: 'usr_editor',
    ...overrides,
  };
}

function media(id: string, hash: string): MediaRecord {
  return {
    id,
    sourceHash: hash.repeat(64).slice(0, 64),
    sourceFormat: 'jpeg',
    width: 1600,
    height: 900,
    variants: [480, 960, 1600].flatMap((width) =>
      (['webp', 'jpeg'] as const).map((format) => ({
        name: `${hash.repeat(16).slice(0, 16)}-${width}.${format === 'jpeg' ? 'jpg' : 'webp'}`,
        format,
        width,
        height: Math.round((width * 9) / 16),
        bytes: 100 + width,
      })),
    ),
    groupId: 'grp_0001',
    regionCode: '19.71.01.1004',
    uploadedBy: 'usr_editor',
    createdAt: iso(Date.now()),
  };
}

function groupFields(overrides: Partial<GroupFields> = {}): GroupFields {
  return {
    name: 'KIM Uji Coba',
    slug: 'kim-uji-coba',
    regionCode: '19.71.01.1004',
    address: 'Jl. Merdeka 1',
    decree: { number: '400/12/2026', date: '2026-01-15', issuer: 'Lurah Bukit Intan' },
    foundedOn: '2026-01-15',
    chairName: 'Siti',
    secretaryName: 'Budi',
    treasurerName: 'Rina',
    memberCount: 7,
    focusAreas: ['kesehatan'],
    contact: { email: 'kim@example.id', phone: null, whatsapp: null },
    social: [],
    registryNumber: 'KIM-19.71-0001',
    logo: null,
    status: 'active',
    ...overrides,
  } as GroupFields;
}

/** Takes a draft through submit and publish (now, or at `publishAt`). */
async function published(storage: Storage, d: NewsDraft, publishAt?: string) {
  const created = await storage.createNews(ctx(), d);
  const submitted = await storage.transitionNews(ctx(), d.id, created.version, { action: 'submit' });
  if (submitted.outcome !== 'written') throw new Error(submitted.outcome);
  const done = await storage.transitionNews(ctx(), d.id, submitted.record.version, { action: 'publish', publishAt });
  if (done.outcome !== 'written') throw new Error(done.outcome);
  return done.record;
}

for (const engine of ENGINES) {
  describe(`storage, the write side: ${engine}`, function () {
    this.timeout(60_000);
    let t: OpenedEngine;
    let storage: Storage;
    before(async () => {
      t = await openEngine(engine, join(dir, `db-${engine}.db`));
      storage = t.storage;
      await seedDemoData(storage);
    });
    after(async () => {
      await t?.close();
    });

    describe('news workflow', () => {
      it('keeps a draft out of public lists, gives it a unique slug and version 1', async () => {
        const before = await storage.catalogVersion();
        const a = await storage.createNews(ctx(), draft({ title: 'Posyandu Melati buka lagi' }));
        const b = await storage.createNews(ctx(), draft({ title: 'Posyandu Melati buka lagi' }));
        expect([a.status, a.version, a.slug]).to.deep.equal(['draft', 1, 'posyandu-melati-buka-lagi']);
        expect(b.slug).to.equal('posyandu-melati-buka-lagi-2');
        expect((await storage.findPublicNews(a.id))?.state).to.equal('hidden');
        expect((await storage.listNews({ limit: 100 })).map((x) => x.id)).not.to.include(a.id);
        expect(await storage.catalogVersion(), 'a draft is not public').to.equal(before);
      });

      it('writes a version once: a stale version gets the current record and changes nothing', async () => {
        const a = await storage.createNews(ctx(), draft());
        const edited = await storage.updateNews(ctx(), a.id, 1, {
          title: 'Judul yang diperbaiki',
          reslugFrom: 'Judul yang diperbaiki',
        });
        expect(edited.outcome).to.equal('written');
        if (edited.outcome !== 'written') return;
        expect([edited.record.version, edited.record.title, edited.record.slug]).to.deep.equal([
          2,
          'Judul yang diperbaiki',
          'judul-yang-diperbaiki',
        ]);
        const stale = await storage.updateNews(ctx(), a.id, 1, { title: 'Judul lama menimpa' });
        expect(stale.outcome).to.equal('stale');
        expect(stale.outcome === 'stale' && stale.current.title).to.equal('Judul yang diperbaiki');
        expect((await storage.updateNews(ctx(), 'nws_none', 1, { title: 'Tidak ada' })).outcome).to.equal('not_found');
      });

      it('refuses a step its status does not allow', async () => {
        const a = await storage.createNews(ctx(), draft());
        const early = await storage.transitionNews(ctx(), a.id, 1, { action: 'publish' });
        expect(early.outcome).to.equal('invalid_transition');
        expect(early.outcome === 'invalid_transition' && early.current.status).to.equal('draft');
      });

      it('publishes now: public, in lists, the catalog version moves', async () => {
        const before = await storage.catalogVersion();
        const a = await published(storage, draft({ title: 'Jalan desa diperbaiki warga' }));
        expect(a.status).to.equal('published');
        expect(a.publishedAt).to.be.a('string');
        expect(await storage.catalogVersion()).not.to.equal(before);
        expect((await storage.findPublicNews(a.slug))?.state).to.equal('public');
        expect((await storage.listNews({ limit: 1 }))[0]?.id).to.equal(a.id);
      });

      it('schedules: hidden until its time, then public with no job, and the next publication is known', async () => {
        const at = iso(Date.now() + HOUR);
        const a = await published(storage, draft({ title: 'Pengumuman lomba tujuh belasan' }), at);
        expect([a.status, a.publishedAt]).to.deep.equal(['scheduled', at]);
        expect((await storage.findPublicNews(a.id))?.state).to.equal('hidden');
        expect((await storage.listNews({ limit: 100 })).map((x) => x.id)).not.to.include(a.id);
        expect(await storage.nextScheduledPublication(iso(Date.now()))).to.equal(at);
        const later = iso(Date.now() + 2 * HOUR);
        expect((await storage.listNews({ limit: 1, now: later }))[0]?.id).to.equal(a.id);
        expect((await storage.findPublicNews(a.id, later))?.state).to.equal('public');
        expect((await storage.getAdminNews(a.id, later))?.status).to.equal('published');
        expect(await storage.nextScheduledPublication(later)).to.equal(null);
        // Sent back before its time: never public, no publication time.
        const back = await storage.transitionNews(ctx(), a.id, a.version, {
          action: 'return',
          note: 'Perbaiki tanggal',
        });
        expect(
          back.outcome === 'written' && [back.record.status, back.record.publishedAt, back.record.reviewNote?.note],
        ).to.deep.equal(['returned', null, 'Perbaiki tanggal']);
      });

      it('appends each step to the audit log with its actor, in the same transaction', async () => {
        const a = await published(storage, draft({ title: 'Berita yang diaudit' }));
        const entries = await storage.listAudit({ targetType: 'news', targetId: a.id, regions: 'all', limit: 10 });
        expect(entries.map((e) => e.action).reverse()).to.deep.equal(['news.create', 'news.submit', 'news.publish']);
        for (const e of entries) {
          expect(e.actor).to.deep.include({ type: 'user', id: 'usr_editor', name: 'Editor' });
          expect(e.target).to.deep.equal({ type: 'news', id: a.id, label: 'Berita yang diaudit' });
          expect(e.regionCode).to.equal('19.71.01.1004');
          expect(e.requestId).to.equal('req_test');
        }
        // A stale write leaves no entry.
        await storage.updateNews(ctx(), a.id, 1, { title: 'Tidak tertulis' });
        expect(await storage.listAudit({ targetId: a.id, regions: 'all', limit: 10 })).to.have.length(3);
      });

      it('a correction keeps publishedAt and moves updatedAt', async () => {
        const a = await published(storage, draft());
        const at = iso(Date.parse(a.updatedAt) + 5000);
        const fixed = await storage.updateNews(ctx(at), a.id, a.version, {
          body: '<p>Isi yang dikoreksi.</p>',
          reslugFrom: 'Lain',
        });
        expect(fixed.outcome).to.equal('written');
        if (fixed.outcome !== 'written') return;
        expect([
          fixed.record.publishedAt,
          fixed.record.updatedAt,
          fixed.record.slug,
          fixed.record.status,
        ]).to.deep.equal([a.publishedAt, at, a.slug, 'published']);
        const found = await storage.findPublicNews(a.slug);
        expect(found?.state === 'public' && found.article.body).to.equal('<p>Isi yang dikoreksi.</p>');
      });

      it('unpublishes and deletes: the public URL is gone, lists leave it out', async () => {
        const a = await published(storage, draft());
        const off = await storage.transitionNews(ctx(), a.id, a.version, { action: 'unpublish', note: 'Data keliru' });
        expect(off.outcome === 'written' && off.record.status).to.equal('unpublished');
        expect((await storage.findPublicNews(a.slug))?.state).to.equal('gone');
        const b = await published(storage, draft());
        const deleted = await storage.deleteNews(ctx(), b.id, b.version);
        expect(deleted.outcome).to.equal('written');
        expect((await storage.findPublicNews(b.slug))?.state).to.equal('gone');
        expect(await storage.getAdminNews(b.id)).to.equal(undefined);
        expect((await storage.listNews({ limit: 100 })).map((x) => x.id)).not.to.include.members([a.id, b.id]);
        const draftOnly = await storage.createNews(ctx(), draft());
        await storage.deleteNews(ctx(), draftOnly.id, 1);
        expect((await storage.findPublicNews(draftOnly.slug))?.state, 'never public: as if it never was').to.equal(
          'hidden',
        );
      });

      it('lists for officials by status, scope and group, last changed first', async () => {
        const a = await storage.createNews(ctx(), draft({ groupId: 'grp_0002', regionCode: '19.71.01.1004' }));
        const submitted = await storage.transitionNews(ctx(), a.id, 1, { action: 'submit' });
        expect(submitted.outcome).to.equal('written');
        const queue = await storage.listAdminNews({ scope: 'all', status: 'submitted', limit: 100 });
        expect(queue[0]?.id).to.equal(a.id);
        expect(queue.every((x) => x.status === 'submitted')).to.equal(true);
        const own = await storage.listAdminNews({ scope: { regions: [], groupIds: ['grp_0002'] }, limit: 500 });
        expect(own.length).to.be.greaterThan(0);
        expect(own.every((x) => x.group.id === 'grp_0002')).to.equal(true);
        const elsewhere = await storage.listAdminNews({ scope: { regions: ['19.71.07'], groupIds: [] }, limit: 500 });
        expect(elsewhere.map((x) => x.id)).not.to.include(a.id);
        const none = await storage.listAdminNews({ scope: { regions: [], groupIds: [] }, limit: 5 });
        expect(none).to.deep.equal([]);
      });
    });

    describe('concurrent writers of one version', () => {
      it('lets exactly one of two writers win, from two processes, every time', async function () {
        this.timeout(120_000);
        const children = Array.from({ length: 2 }, () =>
          fork(WRITER, [t.location, t.engine], {
            execArgv: ['--import', 'tsx'],
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          }),
        );
        try {
          await Promise.all(children.map((child) => once(child, 'message')));
          for (let round = 0; round < 5; round++) {
            const a = await storage.createNews(ctx(), draft());
            const replies = children.map((child) => once(child, 'message'));
            for (const [i, child] of children.entries()) {
              child.send({ id: a.id, version: 1, title: `Versi ${i + 1} putaran ${round}` });
            }
            const outcomes = (await Promise.all(replies)).map(([reply]) => (reply as { outcome: string }).outcome);
            expect(outcomes.sort(), `round ${round}`).to.deep.equal(['stale', 'written']);
            expect((await storage.getAdminNews(a.id))?.version).to.equal(2);
          }
        } finally {
          for (const child of children) child.disconnect();
          await Promise.all(children.map((child) => (child.exitCode === null ? once(child, 'exit') : null)));
        }
      });

      it('publishes once when two officials publish one version at the same time', async () => {
        // Two connections of one process: on SQLite they queue on the write lock of the same thread, so the second
        // one is tried only on PostgreSQL here (the two-process case above covers SQLite).
        const other = engine === 'postgres' ? t.reopen() : storage;
        const a = await storage.createNews(ctx(), draft());
        const s = await storage.transitionNews(ctx(), a.id, 1, { action: 'submit' });
        if (s.outcome !== 'written') throw new Error(s.outcome);
        const results = await Promise.all([
          storage.transitionNews(ctx(), a.id, 2, { action: 'publish' }),
          other.transitionNews(ctx(), a.id, 2, { action: 'return', note: 'Kurang foto' }),
        ]);
        expect(results.map((r) => r.outcome).sort()).to.deep.equal(['stale', 'written']);
        expect((await storage.getAdminNews(a.id))?.version).to.equal(3);
      });
    });

    describe('group registry', () => {
      it('registers a group, keeps old slugs as redirects, refuses a slug another group had', async () => {
        const created = await storage.createGroup(ctx(), { id: 'grp_reg1', ...groupFields() });
        expect(created.outcome).to.equal('written');
        if (created.outcome !== 'written') return;
        expect(created.record).to.deep.include({ version: 1, secretaryName: 'Budi', registryNumber: 'KIM-19.71-0001' });
        const renamed = await storage.updateGroup(ctx(), 'grp_reg1', 1, { slug: 'kim-uji-baru', name: 'KIM Uji Baru' });
        expect(renamed.outcome === 'written' && renamed.record.previousSlugs).to.deep.equal(['kim-uji-coba']);
        expect(await storage.findPublicGroup('kim-uji-coba')).to.deep.equal({ state: 'moved', slug: 'kim-uji-baru' });
        expect((await storage.findPublicGroup('kim-uji-baru'))?.state).to.equal('found');
        const clash = await storage.createGroup(ctx(), { id: 'grp_reg2', ...groupFields({ slug: 'kim-uji-coba' }) });
        expect(clash.outcome).to.equal('taken');
        const stale = await storage.updateGroup(ctx(), 'grp_reg1', 1, { name: 'Terlambat' });
        expect(stale.outcome === 'stale' && stale.current.name).to.equal('KIM Uji Baru');
      });

      it('archives: out of the public directory, public lookups say archived; restores', async () => {
        const g = await storage.getAdminGroup('grp_reg1');
        const archived = await storage.setGroupArchived(ctx(), 'grp_reg1', g!.version, true);
        expect(archived.outcome === 'written' && archived.record.archivedAt).to.be.a('string');
        expect((await storage.findPublicGroup('kim-uji-baru'))?.state).to.equal('archived');
        expect((await storage.listGroups({ limit: 500 })).map((x) => x.id)).not.to.include('grp_reg1');
        const again = await storage.setGroupArchived(ctx(), 'grp_reg1', g!.version + 1, true);
        expect(again.outcome).to.equal('invalid_transition');
        const restored = await storage.setGroupArchived(ctx(), 'grp_reg1', g!.version + 1, false);
        expect(restored.outcome === 'written' && restored.record.archivedAt).to.equal(null);
        expect((await storage.listGroups({ limit: 500 })).map((x) => x.id)).to.include('grp_reg1');
      });

      it('lists for officials within scope, archived ones only when asked', async () => {
        const scoped = await storage.listAdminGroups({ scope: { regions: ['19.71.01'], groupIds: [] }, limit: 500 });
        expect(scoped.length).to.be.greaterThan(0);
        expect(scoped.every((g) => g.regionCode.startsWith('19.71.01.'))).to.equal(true);
        const own = await storage.listAdminGroups({ scope: { regions: [], groupIds: ['grp_0003'] }, limit: 500 });
        expect(own.map((g) => g.id)).to.deep.equal(['grp_0003']);
      });
    });

    describe('categories', () => {
      it('creates, renames, orders, retires and restores, counting usage', async () => {
        const created = await storage.createCategory(ctx(), {
          id: 'lingkungan-uji',
          name: 'Lingkungan',
          description: null,
          scopes: ['news'],
        });
        expect(created.outcome).to.equal('written');
        expect(
          (
            await storage.createCategory(ctx(), {
              id: 'lingkungan-uji',
              name: 'X',
              description: null,
              scopes: ['news'],
            })
          ).outcome,
        ).to.equal('taken');
        const renamed = await storage.updateCategory(ctx(), 'lingkungan-uji', 1, { name: 'Lingkungan hidup' });
        expect(renamed.outcome === 'written' && [renamed.record.name, renamed.record.version]).to.deep.equal([
          'Lingkungan hidup',
          2,
        ]);
        const all = await storage.listAdminCategories();
        const used = all.find((c) => c.id === 'pengumuman');
        expect(used?.usage.news).to.be.greaterThan(0);
        const ids = all.filter((c) => c.retiredAt === null).map((c) => c.id);
        const mismatch = await storage.orderCategories(ctx(), ids.slice(1).concat('tidak-ada'));
        expect(mismatch).to.deep.equal({ outcome: 'mismatch', missing: [ids[0]], unknown: ['tidak-ada'] });
        const reversed = [...ids].reverse();
        const ordered = await storage.orderCategories(ctx(), reversed);
        expect(ordered.outcome).to.equal('ordered');
        expect((await storage.listCategories()).map((c) => c.id)).to.deep.equal(reversed);
        const retired = await storage.setCategoryRetired(ctx(), 'pengumuman', used!.version, true);
        expect(retired.outcome === 'written' && retired.record.retiredAt).to.be.a('string');
        expect((await storage.listCategories()).map((c) => c.id)).not.to.include('pengumuman');
        expect((await storage.getCategory('pengumuman'))?.retiredAt).to.be.a('string');
        const [story] = await storage.listNews({ category: 'pengumuman', limit: 1 });
        expect(story?.category.id, 'a retired category stays on old items').to.equal('pengumuman');
        const restored = await storage.setCategoryRetired(ctx(), 'pengumuman', used!.version + 1, false);
        expect(restored.outcome).to.equal('written');
        expect((await storage.listCategories()).map((c) => c.id)).to.include('pengumuman');
      });
    });

    describe('media', () => {
      it('stores a media row and its variants by name, once, for every process', async () => {
        const m = media('med_one', 'ab');
        expect(await storage.createMedia(ctx(), m)).to.deep.equal(m);
        expect(await storage.getMedia('med_one')).to.deep.equal(m);
        const files = m.variants.map((v) => ({
          name: v.name,
          contentType: v.format === 'jpeg' ? 'image/jpeg' : 'image/webp',
          bytes: Buffer.from(`bytes of ${v.name}`),
        }));
        await storage.putMediaFiles(files);
        await storage.putMediaFiles(files);
        const other = t.reopen();
        const file = await other.getMediaFile(files[0]!.name);
        expect(file?.contentType).to.equal(files[0]!.contentType);
        expect(Buffer.compare(file!.bytes, files[0]!.bytes)).to.equal(0);
        expect(await other.getMediaFile('none-480.webp')).to.equal(undefined);
      });

      it('gives an article its image with variants', async () => {
        const m = await storage.getMedia('med_one');
        const a = await storage.createNews(ctx(), draft({ image: { media: m!, alt: 'Warga bekerja' } }));
        expect(a.image?.mediaId).to.equal('med_one');
        expect(a.image?.variants).to.deep.equal(m!.variants);
        expect(a.image?.path).to.match(/^\/media\/.+-1600\.jpg$/);
      });
    });
  });
}
