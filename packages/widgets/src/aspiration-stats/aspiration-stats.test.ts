import '../test-fixtures/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../define/aspiration-stats.js';
import { pangkalPinangStats } from '../test-fixtures/aspiration-stats.js';
import { all, emulateMediaFeatures, one, overflowing, waitFor } from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi, type FakeKimApi } from '../test-fixtures/fake-kim-api.js';
import type { KimAspirationStats } from './aspiration-stats.js';

const SETTLED = '[part~="facts"], [part~="empty"], [part~="error"]';

async function stats(attrs: string, api: FakeKimApi = createFakeKimApi(), width = 800) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<kim-aspiration-stats ${attrs}></kim-aspiration-stats>`;
  const el = template.content.firstElementChild as KimAspirationStats;
  el.client = clientOf(api);
  wrapper.append(el);
  await waitFor(el, SETTLED);
  return { el, api };
}

/** The rows of the table captioned `caption`: [label, count, share]. */
const rows = (el: KimAspirationStats, caption: string) => {
  const table = all<HTMLTableElement>(el, 'table').find((t) => t.caption?.textContent === caption)!;
  return [...table.tBodies[0]!.rows].map((row) =>
    [...row.cells].filter((cell) => !cell.classList.contains('bar-cell')).map((cell) => cell.textContent!.trim()),
  );
};

describe('<kim-aspiration-stats>', () => {
  it('asks for the region and period, and shows the headline figures in Indonesian', async () => {
    const { el, api } = await stats('region="19.71" from="2026-01-01" to="2026-11-30"');
    expect(api.lastQuery('/v1/stats/aspirations')).to.deep.equal({
      region: '19.71',
      from: '2026-01-01',
      to: '2026-11-30',
    });
    expect(one(el, '[part~="heading"]')!.textContent).to.equal('Statistik laporan warga Kota Pangkal Pinang');
    const facts = all(el, '[part~="facts"] > div').map((d) => [
      d.querySelector('dt')!.textContent!.trim(),
      d.querySelector('dd')!.textContent!.trim(),
    ]);
    expect(facts).to.deep.equal([
      ['Jumlah laporan', '40'],
      ['Median waktu hingga tanggapan pertama', '1,5 hari (dari 34 laporan)'],
      ['Median waktu hingga selesai', '12 hari (dari 15 laporan)'],
      ['Ditanggapi dalam tenggat', '83,3% (30 dari 36 laporan)'],
    ]);
    expect(one(el, '.meta')!.textContent).to.contain('1 Januari 2026 sampai 30 November 2026');
    await expect(el).to.be.accessible();
  });

  it('is a table per dimension, each row with its count and share of the total, which is what the bars draw', async () => {
    const { el } = await stats('region="19.71"');
    expect(rows(el, 'Menurut status')).to.deep.equal([
      ['Diterima', '6', '15%'],
      ['Diverifikasi', '4', '10%'],
      ['Diteruskan ke perangkat daerah', '5', '12,5%'],
      ['Sedang ditindaklanjuti', '7', '17,5%'],
      ['Selesai', '15', '37,5%'],
      ['Ditolak', '3', '7,5%'],
    ]);
    expect(rows(el, 'Menurut jenis').map((r) => r[1])).to.deep.equal(['12', '25', '3']);
    expect(rows(el, 'Menurut kategori')[0]).to.deep.equal(['Infrastruktur', '18', '45%']);
    expect(rows(el, 'Menurut kecamatan').map((r) => r[0])).to.deep.equal(['Bukit Intan', 'Taman Sari', 'Gerunggang']);
    // The longest bar of a table is full width; the others in proportion. The bars are hidden from screen readers.
    const bars = all<HTMLElement>(el, 'table:first-of-type [part~="bar"]');
    expect(bars.map((b) => b.style.getPropertyValue('--share'))).to.deep.equal(
      pangkalPinangStats.byStatus.map((s) => String(s.count / 15)),
    );
    expect(bars.every((b) => b.closest('[aria-hidden="true"]'))).to.equal(true);
    // API names are marked as Indonesian content.
    expect(all(el, 'tbody th[lang="id"]').length).to.equal(6);
  });

  it('speaks English when asked, names included as the API gives them', async () => {
    const { el } = await stats('region="19.71" lang="en"');
    expect(one(el, '[part~="heading"]')!.textContent).to.equal('Citizen report statistics, Kota Pangkal Pinang');
    expect(rows(el, 'By kind')[2]).to.deep.equal(['Information request', '3', '7.5%']);
    expect(one(el, '[part~="facts"]')!.textContent).to.contain('1.5 days (of 34 reports)');
  });

  it('says when nothing was submitted, and shows the API failure with a retry', async () => {
    const empty = await stats('region="19.71"', createFakeKimApi({ empty: true }));
    expect(one(empty.el, '[part~="empty"]')!.textContent).to.contain('Belum ada laporan pada periode ini.');
    expect(all(empty.el, 'table')).to.have.length(0);
    await expect(empty.el).to.be.accessible();
    const api = createFakeKimApi({ failReads: true });
    const failed = await stats('region="19.71"', api);
    expect(one(failed.el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
    api.failReads = false;
    one<HTMLButtonElement>(failed.el, '[part~="retry-button"]')!.click();
    await waitFor(failed.el, '[part~="facts"]');
    await expect(failed.el).to.be.accessible();
  });

  it('fits 320 px and keeps its bars visible in forced colours', async () => {
    const { el } = await stats('region="19.71"', createFakeKimApi(), 320);
    expect(overflowing(el)).to.deep.equal([]);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      const wide = await stats('region="19.71"');
      const bar = one<HTMLElement>(wide.el, '[part~="bar"]')!;
      expect(getComputedStyle(bar).forcedColorAdjust).to.equal('none');
      expect(bar.getBoundingClientRect().width).to.be.greaterThan(0);
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
