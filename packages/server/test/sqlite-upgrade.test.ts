// A SQLite database written by the first schema (every demo database so far) upgrades in place.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { sql } from 'kysely';
import { createStorage } from '../src/storage/create-storage.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { openDatabase } from '../src/storage/sqlite/database.js';
import { createSqliteDialect } from '../src/storage/sqlite/dialect.js';
import { initial } from '../src/storage/sqlite/migrations/0001-initial.js';
import { SQLITE_MIGRATIONS } from '../src/storage/sqlite/migrations/index.js';

describe('SQLite: upgrading a database of the first schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kim-upgrade-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its rows, finds them by their words and lists them by region level', async () => {
    const opened = openDatabase(join(dir, 'old.db'));
    await migrateToLatest(opened.db, { '0001_initial': initial });
    await sql`INSERT INTO regions VALUES ('19', 'Kepulauan Bangka Belitung', 'province', NULL, NULL),
      ('19.71', 'Kota Pangkal Pinang', 'city', 'kota', '19'), ('19.71.01', 'Bukit Intan', 'district', 'kecamatan', '19.71'),
      ('19.71.01.1006', 'Bacang', 'village', 'kelurahan', '19.71.01')`.execute(opened.db);
    await sql`INSERT INTO categories VALUES ('kesehatan', 'Kesehatan', NULL, 'news', 0)`.execute(opened.db);
    await sql`INSERT INTO groups (id, slug, name, region_code, member_count, focus_areas, social, status, updated_at)
      VALUES ('grp_1', 'kim-bacang', 'KIM Bacang Berseri', '19.71.01.1006', 5, '["kesehatan"]', '[]', 'active',
      '2026-01-01T00:00:00.000Z')`.execute(opened.db);
    await sql`INSERT INTO news (id, slug, title, summary, body, body_text, group_id, region_code, category_id, tags,
      published_at, updated_at) VALUES ('nws_1', 'posyandu-melati', 'Posyandu Melati', 'Ringkasan', '<p>Imunisasi</p>',
      'Imunisasi', 'grp_1', '19.71.01.1006', 'kesehatan', '["balita"]', '2026-02-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z')`.execute(opened.db);

    const storage = createStorage(opened.db, createSqliteDialect(opened));
    try {
      // Every migration after the first, whatever their number: a new one needs no edit here.
      expect((await storage.schemaStatus()).pending).to.deep.equal(Object.keys(SQLITE_MIGRATIONS).slice(1));
      await storage.migrate();
      expect((await storage.listNews({ q: 'imunisasi', limit: 5 })).map((n) => n.id)).to.deep.equal(['nws_1']);
      expect((await storage.listNews({ q: 'balita', region: '19.71', limit: 5 })).map((n) => n.id)).to.deep.equal([
        'nws_1',
      ]);
      expect((await storage.listNews({ region: '19.71.01', limit: 5 })).map((n) => n.id)).to.deep.equal(['nws_1']);
      const found = await storage.findPublicNews('posyandu-melati');
      expect(found?.state === 'public' && found.article.body).to.equal('<p>Imunisasi</p>');
      // Articles written before the workflow are published ones, at version 1, authored by nobody known.
      expect(await storage.getAdminNews('nws_1')).to.deep.include({
        status: 'published',
        publishedAt: '2026-02-01T00:00:00.000Z',
        createdAt: '2026-02-01T00:00:00.000Z',
        readingMinutes: 1,
        summarySource: 'author',
        authorId: null,
        version: 1,
      });
      expect(await storage.getAdminGroup('grp_1')).to.deep.include({ previousSlugs: [], version: 1, archivedAt: null });
      expect((await storage.findPublicGroup('kim-bacang'))?.state).to.equal('found');
      expect((await storage.listGroups({ q: 'bukit intan', limit: 5 })).map((g) => g.id)).to.deep.equal(['grp_1']);
      expect((await storage.listGroups({ region: '19', limit: 5 })).map((g) => g.id)).to.deep.equal(['grp_1']);
      expect(await storage.catalogVersion()).to.equal('1.0');
    } finally {
      await storage.close();
    }
  });
});
