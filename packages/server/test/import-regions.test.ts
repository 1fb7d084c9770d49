import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Region } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { builtInRegionsFile } from '../src/regions/built-in-regions.js';
import { importRegions, regionsFromCsv } from '../src/regions/import-regions.js';
import { createSqliteStorage } from '../src/storage/sqlite/sqlite-storage.js';
import type { Storage } from '../src/storage/storage.js';
import { jsonOf, testApp } from './helpers/setup.js';

describe('import-regions', () => {
  describe('the national Kemendagri list built into the package', function () {
    this.timeout(60_000);
    let storage: Storage;
    let summary: Awaited<ReturnType<typeof importRegions>>;

    before(async () => {
      storage = createSqliteStorage({ path: ':memory:' });
      await storage.migrate();
      summary = await importRegions(storage);
    });
    after(() => storage.close());

    it('ships compressed, with its license beside it', async () => {
      const { readFile, stat } = await import('node:fs/promises');
      const file = builtInRegionsFile();
      expect(file).to.match(/assets\/regions\/wilayah-kemendagri-2025\.csv\.br$/);
      expect((await stat(file)).size).to.be.below(700_000);
      const license = await readFile(join(file, '..', 'LICENSE'), 'utf8');
      expect(license).to.include('MIT License').and.include('Cahya DSN');
      expect(summary.source).to.include('Kepmendagri 300.2.2-2138/2025');
    });

    it('imports all 91,599 rows with the right count per level', () => {
      expect(summary.imported).to.equal(91_599);
      expect(summary.skipped).to.deep.equal([]);
      expect(summary.orphans).to.equal(0);
      expect(summary.byLevel.province).to.equal(38);
      expect(summary.byLevel.regency + summary.byLevel.city).to.equal(514);
      expect(summary.byLevel.district).to.equal(7285);
      expect(summary.byLevel.village).to.equal(83_762);
    });

    it('gets level, kind and parent right for known codes', async () => {
      const expected: Region[] = [
        { code: '11', name: 'Aceh', level: 'province', kind: null, parentCode: null },
        { code: '11.01', name: 'Kabupaten Aceh Selatan', level: 'regency', kind: 'kabupaten', parentCode: '11' },
        { code: '11.71', name: 'Kota Banda Aceh', level: 'city', kind: 'kota', parentCode: '11' },
        { code: '11.01.01.2001', name: 'Keude Bakongan', level: 'village', kind: 'desa', parentCode: '11.01.01' },
        { code: '19.71', name: 'Kota Pangkal Pinang', level: 'city', kind: 'kota', parentCode: '19' },
        { code: '19.71.01', name: 'Bukit Intan', level: 'district', kind: 'kecamatan', parentCode: '19.71' },
        { code: '19.71.01.1004', name: 'Semabung Lama', level: 'village', kind: 'kelurahan', parentCode: '19.71.01' },
        { code: '31.71.01.1001', name: 'Gambir', level: 'village', kind: 'kelurahan', parentCode: '31.71.01' },
        {
          code: '12.07.28.1007',
          name: 'Lubuk Pakam I,II',
          level: 'village',
          kind: 'kelurahan',
          parentCode: '12.07.28',
        },
        { code: '91.03.01.3007', name: 'Desa Adat Yoboi', level: 'village', kind: 'desa', parentCode: '91.03.01' },
      ];
      for (const region of expected) expect(await storage.getRegion(region.code)).to.deep.equal(region);
    });

    it('answers the regions API from the imported list', async () => {
      const t = await testApp({ storage });
      const provinces = await jsonOf<{ data: Region[] }>(await t.request('/v1/regions'));
      expect(provinces.data).to.have.length(38);
      const bangka = await jsonOf<{ data: Region[] }>(await t.request('/v1/regions?parent=19'));
      expect(bangka.data.map((r) => r.code)).to.include.members(['19.01', '19.71']);
      const cities = await jsonOf<{ data: Region[] }>(await t.request('/v1/regions?level=city'));
      expect(cities.data.every((r) => r.kind === 'kota')).to.be.true;
      const pangkalPinang = await jsonOf<{ data: Region[] }>(await t.request('/v1/regions?parent=19.71&level=village'));
      expect(pangkalPinang.data).to.have.length(42);
    });

    it('can run again over the same database without duplicates', async () => {
      const again = await importRegions(storage);
      expect(again.imported).to.equal(91_599);
      const t = await testApp({ storage });
      expect((await jsonOf<{ data: Region[] }>(await t.request('/v1/regions'))).data).to.have.length(38);
    });
  });

  describe('a file of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kim-regions-'));
    const csv = 'code,name\n19,Kepulauan Bangka Belitung\n19.71,Kota Pangkal Pinang\n';

    for (const [name, bytes] of [
      ['regions.csv', Buffer.from(csv)],
      ['regions.csv.gz', gzipSync(csv)],
    ] as const) {
      it(`overrides the built-in list (${name})`, async () => {
        const file = join(dir, name);
        writeFileSync(file, bytes);
        const storage = createSqliteStorage({ path: ':memory:' });
        await storage.migrate();
        try {
          const summary = await importRegions(storage, file);
          expect(summary).to.include({ source: file, imported: 2 });
          expect(await storage.getRegion('19.71')).to.include({ name: 'Kota Pangkal Pinang', level: 'city' });
          expect(await storage.getRegion('11')).to.equal(undefined);
        } finally {
          await storage.close();
        }
      });
    }
  });

  describe('regionsFromCsv', () => {
    it('skips the header and reports rows that are not region codes', () => {
      const { regions, skipped } = regionsFromCsv(
        'code,name\n19,Bangka Belitung\nxx,Bad\n19.71,\n19.71.01,Bukit Intan\n',
      );
      expect(regions.map((r) => r.code)).to.deep.equal(['19', '19.71.01']);
      expect(skipped).to.deep.equal([
        { line: 3, code: 'xx' },
        { line: 4, code: '19.71' },
      ]);
    });
  });
});
