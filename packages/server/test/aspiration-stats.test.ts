// Public statistics and open data of aspirations: figures that agree with the records officials see, region scoping,
// day bounds, and no personal data.
import {
  AspirationAdminView,
  AspirationStats,
  OPEN_ASPIRATION_COLUMNS,
  OpenAspirationRecord,
  Page,
} from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import * as z from 'zod/mini';
import { median } from '../src/aspirations/aspiration-stats.js';
import { Deadlines } from '../src/deadlines/deadlines.js';
import { admin, expectProblem, json, jsonOf, testApp } from './helpers/setup.js';

type App = Awaited<ReturnType<typeof testApp>>;
const DAY = 86_400_000;

describe('aspiration statistics and open data (/v1/stats, /v1/open-data)', () => {
  let t: App;
  let records: AspirationAdminView[];

  const stats = async (query: string) =>
    AspirationStats.parse(await jsonOf(await t.request(`/v1/stats/aspirations?${query}`)));

  before(async () => {
    t = await testApp();
    const page = (await jsonOf(await t.request('/v1/admin/aspirations?limit=100', { headers: admin }))) as unknown;
    const first = z.parse(Page(AspirationAdminView), page).data;
    // An answer today, so that at least one first response is known whatever the seed holds.
    const received = first.find((a) => a.status === 'received')!;
    await jsonOf(
      await t.request(
        `/v1/admin/aspirations/${received.id}/status`,
        json(
          { status: 'verified', note: 'Laporan telah diverifikasi.' },
          { ...admin, 'If-Match': `"${received.version}"` },
        ),
      ),
    );
    const again = await jsonOf(await t.request('/v1/admin/aspirations?limit=100', { headers: admin }));
    records = z.parse(Page(AspirationAdminView), again).data;
  });

  it('counts what the officials’ inbox holds, by status, kind, category and district, with the medians of its history', async () => {
    const figures = await stats('region=19.71');
    expect(figures.region).to.deep.equal({ code: '19.71', name: figures.region.name });
    expect(figures.region.name).to.match(/Pangkal ?Pinang/i);
    expect(figures.total).to.equal(records.length);
    const count = (pick: (a: AspirationAdminView) => string) => {
      const out = new Map<string, number>();
      for (const a of records) out.set(pick(a), (out.get(pick(a)) ?? 0) + 1);
      return out;
    };
    const byStatus = count((a) => a.status);
    for (const { status, count: n } of figures.byStatus) expect(n, status).to.equal(byStatus.get(status) ?? 0);
    const byKind = count((a) => a.kind);
    for (const { kind, count: n } of figures.byKind) expect(n, kind).to.equal(byKind.get(kind) ?? 0);
    expect(new Map(figures.byCategory.map((c) => [c.category.id, c.count]))).to.deep.equal(count((a) => a.category.id));
    expect(new Map(figures.byDistrict.map((d) => [d.district.code, d.count]))).to.deep.equal(
      count((a) => a.regionCode.slice(0, 8)),
    );
    expect(figures.byDistrict.every((d) => d.district.name !== d.district.code)).to.equal(true);
    const counts = figures.byCategory.map((c) => c.count);
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));

    const firsts: number[] = [];
    const resolutions: number[] = [];
    for (const a of records) {
      const submitted = Date.parse(a.submittedAt);
      const first = a.history.find((h) => h.status !== 'received');
      if (first) firsts.push((Date.parse(first.at) - submitted) / DAY);
      const resolved = a.history.find((h) => h.status === 'resolved');
      if (resolved) resolutions.push((Date.parse(resolved.at) - submitted) / DAY);
    }
    expect(firsts.length).to.be.greaterThan(0);
    const rounded = (values: number[]) => {
      const m = median(values);
      return m === null ? null : Math.round(m * 10) / 10;
    };
    expect(figures.firstResponse).to.deep.equal({ count: firsts.length, medianDays: rounded(firsts) });
    expect(figures.resolution).to.deep.equal({ count: resolutions.length, medianDays: rounded(resolutions) });

    // First answers against the response due date set at submission (default targets, national holidays).
    const deadlines = new Deadlines();
    let due = 0;
    let onTime = 0;
    for (const a of records) {
      const dueAt = deadlines.of(a.kind, 'received', a.submittedAt, a.regionCode)?.dueAt;
      if (!dueAt) continue;
      const first = a.history.find((h) => h.status !== 'received');
      if (first) {
        due++;
        if (Date.parse(first.at) <= Date.parse(dueAt)) onTime++;
      } else if (Date.parse(figures.generatedAt) > Date.parse(dueAt)) due++;
    }
    expect(due).to.be.greaterThan(0);
    expect(figures.answeredOnTime).to.deep.equal({
      count: due,
      onTime,
      share: Math.round((onTime / due) * 1000) / 1000,
    });
  });

  it('narrows to a district and to submission days in the region’s zone, and says nothing of other regions', async () => {
    const bacang = await stats('region=19.71.01');
    expect(bacang.total).to.equal(records.filter((a) => a.regionCode.startsWith('19.71.01')).length);
    const none = await stats('region=19.71&from=2100-01-01');
    expect(none.total).to.equal(0);
    expect(none.firstResponse).to.deep.equal({ count: 0, medianDays: null });
    expect(none.answeredOnTime).to.deep.equal({ count: 0, onTime: 0, share: null });
    expect(none.byStatus.every((s) => s.count === 0)).to.equal(true);
    expect(none.byCategory).to.deep.equal([]);
    const day = records[0]!.submittedAt;
    const wibDay = new Date(Date.parse(day) + 7 * 3_600_000).toISOString().slice(0, 10);
    const that = await stats(`region=19.71&from=${wibDay}&to=${wibDay}`);
    const expected = records.filter(
      (a) => new Date(Date.parse(a.submittedAt) + 7 * 3_600_000).toISOString().slice(0, 10) === wibDay,
    );
    expect(that.total).to.equal(expected.length);
    expect((await stats('region=19')).total).to.equal(records.length);
  });

  it('refuses a bad region, an unknown one, and a period that ends before it starts, as problems', async () => {
    await expectProblem(await t.request('/v1/stats/aspirations?region=abc'), 400, 'validation_failed');
    await expectProblem(await t.request('/v1/stats/aspirations'), 400, 'validation_failed');
    await expectProblem(await t.request('/v1/stats/aspirations?region=99.99'), 404, 'not_found');
    await expectProblem(
      await t.request('/v1/stats/aspirations?region=19.71&from=2026-02-01&to=2026-01-01'),
      400,
      'validation_failed',
    );
    await expectProblem(
      await t.request('/v1/open-data/aspirations.csv?region=19.71&limit=5'),
      400,
      'validation_failed',
    );
  });

  it('exports open data as JSON and CSV: no text or reporter, confidential ones left out, days in the region’s zone', async () => {
    const response = await t.request('/v1/open-data/aspirations.json?region=19.71');
    expect(response.headers.get('content-disposition')).to.contain('aspirasi-19.71.json');
    const rows = z.parse(z.array(OpenAspirationRecord), await jsonOf(response));
    const open = records.filter((a) => !a.confidential);
    expect(rows.map((r) => r.id).sort()).to.deep.equal(open.map((a) => a.id).sort());
    expect(records.some((a) => a.confidential)).to.equal(true);
    for (const row of rows) expect(Object.keys(row).sort()).to.deep.equal([...OPEN_ASPIRATION_COLUMNS].sort());
    const text = JSON.stringify(rows);
    for (const a of records) {
      expect(text).to.not.contain(a.title);
      expect(text).to.not.contain(a.trackingCode);
      if (a.reporter?.email) expect(text).to.not.contain(a.reporter.email);
    }
    const one = open[0]!;
    const row = rows.find((r) => r.id === one.id)!;
    expect(row.submittedOn).to.equal(new Date(Date.parse(one.submittedAt) + 7 * 3_600_000).toISOString().slice(0, 10));

    const csv = await t.request('/v1/open-data/aspirations.csv?region=19.71');
    expect(csv.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder().decode(bytes);
    expect(body.startsWith('"id","kind"')).to.equal(true);
    const lines = body.trimEnd().split('\r\n');
    expect(lines).to.have.length(rows.length + 1);
  });
});
