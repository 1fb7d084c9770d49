import type { Me } from '@kim-kit/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { all, emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/aspiration-inbox.js';
import {
  createFakeInboxApi,
  type FakeInboxApi,
  INBOX_DINAS_ME,
  INBOX_KIM_ME,
  INBOX_NO_ACCESS_ME,
} from '../test-fixtures/fake-inbox-api.js';
import type { KimAspirationInbox } from './aspiration-inbox.js';

const PATIENCE = { timeout: 4000 };

async function mount(
  options: { me?: Me; hash?: string; width?: string; hashRoutes?: boolean; api?: FakeInboxApi } = {},
) {
  const api = options.api ?? createFakeInboxApi({ now: Date.now() });
  const session = api.sessionFor(options.me ?? INBOX_DINAS_ME);
  history.replaceState(null, '', options.hash ?? '#/laporan');
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '960px'}`}>
    <kim-aspiration-inbox .session=${session} .regions=${api.regions} ?hash-routes=${options.hashRoutes ?? true} lang="id"></kim-aspiration-inbox>
  </div>`);
  const el = wrapper.querySelector('kim-aspiration-inbox') as KimAspirationInbox;
  await el.updateComplete;
  return { el, api, session, wrapper };
}

const rows = (el: Element) => all(el, 'tr[part~="row"]');
const titles = (el: Element) => rows(el).map((r) => r.querySelector('a.open')!.textContent!.trim());
const inboxRequests = (api: FakeInboxApi) =>
  api.requests.filter((r) => new URL(r.url).pathname === '/v1/admin/aspirations').map((r) => new URL(r.url));

async function listed(el: KimAspirationInbox, count?: number) {
  await waitUntil(
    () => one(el, 'table.records[aria-busy="false"]') && (count === undefined || rows(el).length === count),
    `the list did not show ${count ?? 'its'} rows`,
    PATIENCE,
  );
  await el.updateComplete;
}

async function opened(el: KimAspirationInbox) {
  await waitUntil(() => one(el, '#record-title'), 'no record opened', PATIENCE);
  await el.updateComplete;
}

function choose(el: KimAspirationInbox, id: string, value: string) {
  const select = one<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

const activeId = (el: KimAspirationInbox) => (el.shadowRoot!.activeElement as HTMLElement | null)?.id;
const activeRow = (el: KimAspirationInbox) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;

describe('<kim-aspiration-inbox>', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.pathname);
    await emulateMediaFeatures([]);
  });

  describe('list and filters', () => {
    it('lists the reports newest first with status, category and village name, and is accessible', async () => {
      const { el } = await mount();
      await listed(el, 12);
      expect(titles(el)[0]).to.equal('Lampu jalan mati di Jalan Sudirman');
      const first = rows(el)[0]!;
      expect(first.querySelector('[part~="status"]')!.textContent).to.equal('Diterima');
      await waitUntil(() => first.textContent!.includes('Semabung Lama, Bukit Intan'), 'no village name', PATIENCE);
      await expect(el).to.be.accessible();
    });

    it('keeps the filters in the address, sends them to the API, and a reload with that address keeps them', async () => {
      const { el, api } = await mount();
      await listed(el, 12);
      choose(el, 'filter-status', 'received');
      await listed(el, 4);
      choose(el, 'filter-age', '7');
      await listed(el, 2);
      expect(location.hash).to.equal('#/laporan?status=received&age=7');
      const last = inboxRequests(api).at(-1)!;
      expect(last.searchParams.get('status')).to.equal('received');
      expect(last.searchParams.get('submittedTo')).to.match(/^\d{4}-\d{2}-\d{2}$/);

      // The same address in a new page (a reload, or a colleague's shared link).
      const again = await mount({ hash: location.hash });
      await listed(again.el, 2);
      expect(one<HTMLSelectElement>(again.el, '#filter-status')!.value).to.equal('received');
      expect(one<HTMLSelectElement>(again.el, '#filter-age')!.value).to.equal('7');
    });

    it('filters by district, then village, from the official area, and searches on submit', async () => {
      const { el, api } = await mount();
      await listed(el, 12);
      await waitUntil(() => all(el, '#filter-region-2 option').length === 3, 'no districts', PATIENCE);
      choose(el, 'filter-region-2', '19.71.04');
      await listed(el, 6);
      await waitUntil(() => all(el, '#filter-region-3 option').length === 3, 'no villages', PATIENCE);
      choose(el, 'filter-region-3', '19.71.04.1001');
      await listed(el, 6);
      expect(location.hash).to.equal('#/laporan?region=19.71.04.1001');
      const search = one<HTMLInputElement>(el, '#filter-q')!;
      search.focus();
      await sendKeys({ type: 'posyandu' });
      await sendKeys({ press: 'Enter' });
      await listed(el, 0).catch(() => undefined);
      await waitUntil(() => rows(el).length === 0 && one(el, '[part~="empty"]'), 'no empty state', PATIENCE);
      expect(one(el, '[part~="empty"]')!.textContent).to.contain('Tidak ada laporan yang cocok');
      expect(inboxRequests(api).at(-1)!.searchParams.get('q')).to.equal('posyandu');
      await expect(el).to.be.accessible();
    });

    it('pages with the API cursor and says "Halaman pertama" on a link that starts deep', async () => {
      const api = createFakeInboxApi({ now: Date.now() });
      const { el } = await mount({ api });
      el.pageSize = 5;
      await listed(el, 5);
      one<HTMLButtonElement>(el, '[part~="next-page"]')!.click();
      await waitUntil(() => titles(el)[0]?.startsWith('Usulan'), 'no second page', PATIENCE);
      expect(location.hash).to.contain('cursor=5');
      const again = await mount({ hash: location.hash, api });
      again.el.pageSize = 5;
      await listed(again.el, 5);
      expect(all(again.el, '.pager button').map((b) => b.textContent!.trim())).to.deep.equal([
        'Halaman pertama',
        'Berikutnya',
      ]);
    });

    it('shows the empty state, the error state with a retry that works, and the forbidden state', async () => {
      const empty = createFakeInboxApi({ aspirations: [] });
      const a = await mount({ api: empty });
      await waitUntil(() => one(a.el, '[part~="empty"]'), 'no empty state', PATIENCE);
      expect(one(a.el, '[part~="empty"]')!.textContent).to.contain('Belum ada laporan masuk.');

      const failing = createFakeInboxApi();
      failing.failWith = 503;
      const b = await mount({ api: failing });
      await waitUntil(() => one(b.el, '[part~="retry-button"]'), 'no error state', PATIENCE);
      await expect(b.el).to.be.accessible();
      failing.failWith = undefined;
      one<HTMLButtonElement>(b.el, '[part~="retry-button"]')!.click();
      await listed(b.el, 12);

      const c = await mount({ me: INBOX_NO_ACCESS_ME });
      expect(one(c.el, '[part~="forbidden"]')!.textContent).to.contain('Peran Anda tidak mengizinkan');
      expect(one(c.el, 'table')).to.equal(null);
      await expect(c.el).to.be.accessible();
    });
  });

  describe('the record', () => {
    it('opens by keyboard (j, j, Enter), focuses its heading, and Escape brings focus back to the row', async () => {
      const { el } = await mount();
      await listed(el, 12);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'j' });
      await sendKeys({ press: 'j' });
      await el.updateComplete;
      expect(activeRow(el)).to.equal('asp_0002');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await opened(el);
      expect(location.hash).to.equal('#/laporan/asp_0002');
      expect(activeId(el)).to.equal('record-title');
      expect(one(el, '#record-title')!.textContent).to.equal('Jalan berlubang di depan SD Negeri 5');
      expect(one(el, '[part~="reporter-data"]')!.textContent).to.contain('warga2@contoh.id');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !one(el, '#record-title'), 'the record stayed open', PATIENCE);
      await el.updateComplete;
      expect(location.hash).to.equal('#/laporan');
      expect(activeRow(el)).to.equal('asp_0002');
    });

    it('shows the history with actor, time zone, and the public and internal notes marked apart', async () => {
      const { el } = await mount({ hash: '#/laporan/asp_0005' });
      await opened(el);
      const entries = all(el, '[part~="history-entry"]');
      expect(entries.map((e) => e.querySelector('strong')!.textContent)).to.deep.equal([
        'Sedang ditindaklanjuti',
        'Diteruskan ke Dinas Perhubungan',
        'Diverifikasi',
        'Diterima',
      ]);
      expect(entries[0]!.textContent).to.match(/WIB/).and.contain('oleh Siti Rahma');
      expect(entries[0]!.querySelector('[part~="public-note"]')!.textContent).to.contain(
        'Catatan untuk pelapor (publik)',
      );
      expect(entries[0]!.querySelector('[part~="internal-note"]')!.textContent).to.contain(
        'Catatan internal (hanya petugas)',
      );
      expect(entries[3]!.textContent).to.contain('Dikirim oleh warga');
      // The record was opened by the address, not by the person: focus stays where it was.
      expect(activeId(el)).to.equal(undefined);
    });

    it('says which KIM recorded a resident’s report, in the record and its history', async () => {
      const api = createFakeInboxApi({ now: Date.now() });
      const record = api.aspirations.find((a) => a.id === 'asp_0005')!;
      record.intake = {
        channel: 'kim',
        group: { id: 'grp_2', name: 'KIM Bacang Berseri' },
        consent: 'verbal',
        recordedBy: { id: 'usr_kim_7', name: 'Dewi Lestari' },
      };
      const { el } = await mount({ hash: '#/laporan/asp_0005', api });
      await opened(el);
      expect(one(el, '[part~="intake"]')!.textContent).to.equal('KIM Bacang Berseri');
      expect(all(el, '[part~="history-entry"]').at(-1)!.textContent).to.contain('Dicatat oleh KIM Bacang Berseri');
      await expect(el).to.be.accessible();
    });

    it('shows a KIM operator no reporter data and no actions: only what the server sent for the role', async () => {
      const { el } = await mount({ me: INBOX_KIM_ME, hash: '#/laporan/asp_0001' });
      await opened(el);
      expect(one(el, '[part~="reporter-hidden"]')!.textContent).to.contain('tidak ditampilkan untuk peran Anda');
      expect(one(el, '[part~="reporter-data"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('warga1@contoh.id');
      expect(one(el, '[part~="status-button"]')).to.equal(null);
      expect(one(el, 'input[type="checkbox"]')).to.equal(null);
      expect(one(el, '[part~="export-button"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('status changes', () => {
    it('offers only the contract transitions, needs a reason to reject, and saves with both notes and If-Match', async () => {
      const { el, api } = await mount({ hash: '#/laporan/asp_0001' });
      await opened(el);
      one<HTMLButtonElement>(el, '[part~="status-button"]')!.click();
      await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#status-dialog')?.open, 'no dialog', PATIENCE);
      const options = all<HTMLInputElement>(el, 'dialog input[type="radio"]').map((r) => r.value);
      expect(options).to.deep.equal(['verified', 'rejected']);
      await expect(el).to.be.accessible();

      all<HTMLInputElement>(el, 'dialog input[value="rejected"]')[0]!.click();
      one<HTMLButtonElement>(el, '[part~="submit-status"]')!.click();
      await waitUntil(() => one(el, '#error-summary'), 'no error summary', PATIENCE);
      expect(one(el, '#error-summary')!.textContent).to.contain('Penolakan wajib disertai alasan');
      expect(activeId(el)).to.equal('error-summary');

      all<HTMLInputElement>(el, 'dialog input[value="verified"]')[0]!.click();
      one<HTMLTextAreaElement>(el, '#note')!.focus();
      await sendKeys({ type: 'Laporan sudah kami periksa.' });
      one<HTMLTextAreaElement>(el, '#internalNote')!.focus();
      await sendKeys({ type: 'Cek lapangan oleh Pak RT.' });
      one<HTMLButtonElement>(el, '[part~="submit-status"]')!.click();
      await waitUntil(() => !one(el, 'dialog#status-dialog'), 'the dialog stayed', PATIENCE);
      await el.updateComplete;
      expect(one(el, '[part~="record-status"]')!.textContent).to.equal('Diverifikasi');
      const latest = all(el, '[part~="history-entry"]')[0]!;
      expect(latest.querySelector('[part~="public-note"]')!.textContent).to.contain('Laporan sudah kami periksa.');
      expect(latest.querySelector('[part~="internal-note"]')!.textContent).to.contain('Cek lapangan oleh Pak RT.');
      expect(one(el, '[role="status"]')!.textContent).to.equal('Status diubah menjadi Diverifikasi.');
      const post = api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/asp_0001/status'))!;
      expect(post.headers.get('if-match')).to.equal('"1"');
      expect(await post.json()).to.deep.equal({
        status: 'verified',
        note: 'Laporan sudah kami periksa.',
        internalNote: 'Cek lapangan oleh Pak RT.',
      });
    });

    it('when another official changed it meanwhile, shows the current record and keeps the notes typed', async () => {
      const { el, api } = await mount({ hash: '#/laporan/asp_0001' });
      await opened(el);
      one<HTMLButtonElement>(el, '[part~="status-button"]')!.click();
      await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#status-dialog')?.open, 'no dialog', PATIENCE);
      all<HTMLInputElement>(el, 'dialog input[value="verified"]')[0]!.click();
      one<HTMLTextAreaElement>(el, '#note')!.focus();
      await sendKeys({ type: 'Sudah diverifikasi.' });
      // Someone else verifies it first.
      const record = api.aspirations.find((a) => a.id === 'asp_0001')!;
      record.status = 'verified';
      record.version = 2;
      one<HTMLButtonElement>(el, '[part~="submit-status"]')!.click();
      await waitUntil(() => one(el, '[part~="stale-notice"]'), 'no stale notice', PATIENCE);
      expect(one<HTMLTextAreaElement>(el, '#note')!.value).to.equal('Sudah diverifikasi.');
      expect(all<HTMLInputElement>(el, 'dialog input[type="radio"]').map((r) => r.value)).to.deep.equal([
        'forwarded',
        'rejected',
      ]);
      expect(one(el, '[part~="record-status"]')!.textContent).to.equal('Diverifikasi');
    });

    it('changes many by keyboard (x, s) and reports succeeded and failed per report', async () => {
      const { el, api } = await mount();
      await listed(el, 12);
      one<HTMLInputElement>(el, '#select-page')!.click();
      await el.updateComplete;
      expect(one(el, '[part~="selection"]')!.textContent).to.equal('12 laporan dipilih');
      one<HTMLInputElement>(el, '#select-page')!.click();
      await el.updateComplete;
      expect(one(el, '[part~="selection"]')!.textContent).to.equal('0 laporan dipilih');
      (document.activeElement as HTMLElement | null)?.blur();
      // Rows 1 and 2 are received, row 3 verified: "verified" works for two and fails for one.
      await sendKeys({ press: 'j' });
      await sendKeys({ press: 'x' });
      await sendKeys({ press: 'j' });
      await sendKeys({ press: 'x' });
      await sendKeys({ press: 'j' });
      await sendKeys({ press: 'x' });
      await el.updateComplete;
      expect(one(el, '[part~="selection"]')!.textContent).to.equal('3 laporan dipilih');
      await sendKeys({ press: 's' });
      await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#status-dialog')?.open, 'no dialog', PATIENCE);
      expect(one(el, '#status-dialog-title')!.textContent).to.equal('Ubah status 3 laporan');
      all<HTMLInputElement>(el, 'dialog input[value="verified"]')[0]!.click();
      one<HTMLButtonElement>(el, '[part~="submit-status"]')!.click();
      await waitUntil(() => one(el, '[part~="bulk-results"]'), 'no results', PATIENCE);
      await el.updateComplete;
      const results = all(el, '[part~="bulk-results"] li');
      expect(results.map((li) => li.dataset.outcome)).to.deep.equal(['changed', 'changed', 'invalid_transition']);
      expect(results[2]!.textContent).to.contain('Gagal: status Diverifikasi tidak dapat diubah menjadi Diverifikasi.');
      expect(activeId(el)).to.equal('results-title');
      // The failed one stays selected, to try something else with it.
      expect(one(el, '[part~="selection"]')!.textContent).to.equal('1 laporan dipilih');
      const bulk = api.requests.find(
        (r) => r.method === 'POST' && new URL(r.url).pathname === '/v1/admin/aspirations/status',
      )!;
      expect((await bulk.json()).ids).to.deep.equal(['asp_0001', 'asp_0002', 'asp_0003']);
      await expect(el).to.be.accessible();
    });
  });

  describe('export', () => {
    it('downloads the current filter as CSV (UTF-8 with a BOM) fetched with the bearer', async () => {
      const { el, api } = await mount({ hash: '#/laporan?status=received' });
      await listed(el, 4);
      const clicked = new Promise<HTMLAnchorElement>((resolve) => {
        const original = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          HTMLAnchorElement.prototype.click = original;
          resolve(this);
        };
      });
      one<HTMLButtonElement>(el, '[part~="export-button"]')!.click();
      const link = await clicked;
      expect(link.download).to.equal('aspirasi-2026-11-30.csv');
      const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const request = api.requests.find((r) => r.url.includes('export.csv'))!;
      expect(new URL(request.url).searchParams.get('status')).to.equal('received');
      expect(request.headers.get('authorization')).to.match(/^Bearer kims_/);
      await waitUntil(() => one(el, '[role="status"]')!.textContent === 'Berkas CSV telah diunduh.', '', PATIENCE);
    });
  });

  describe('keyboard', () => {
    it('lists the shortcuts on screen and in a dialog on ?, and never fires them while typing', async () => {
      const { el } = await mount();
      await listed(el, 12);
      expect(one(el, '[part~="shortcuts"]')!.textContent).to.contain('Ubah status');
      const search = one<HTMLInputElement>(el, '#filter-q')!;
      search.focus();
      await sendKeys({ type: 'jxs?' });
      await el.updateComplete;
      expect(search.value).to.equal('jxs?');
      expect(one(el, 'dialog')).to.equal(null);
      expect(one(el, '[part~="selection"]')!.textContent).to.equal('0 laporan dipilih');
      search.blur();
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: '?' });
      await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#shortcut-dialog')?.open, 'no shortcut dialog', PATIENCE);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !one(el, 'dialog#shortcut-dialog'), 'the dialog stayed', PATIENCE);
    });
  });

  describe('layout', () => {
    it('becomes stacked cards at 320 px with nothing sticking out, also in forced colours', async () => {
      await setViewport({ width: 360, height: 740 });
      const { el } = await mount({ width: '320px' });
      await listed(el, 12);
      expect(getComputedStyle(one(el, 'table.records tr[part~="row"]')!).display).to.equal('block');
      expect(overflowing(el)).to.deep.equal([]);
      await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      expect(overflowing(el)).to.deep.equal([]);
      await setViewport({ width: 1280, height: 800 });
    });
  });

  describe('session', () => {
    it('embedded alone, an expired session shows sign-in above the list and keeps the status draft', async () => {
      const { el, api } = await mount({ hash: '#/laporan/asp_0001' });
      await opened(el);
      one<HTMLButtonElement>(el, '[part~="status-button"]')!.click();
      await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#status-dialog')?.open, 'no dialog', PATIENCE);
      all<HTMLInputElement>(el, 'dialog input[value="verified"]')[0]!.click();
      one<HTMLTextAreaElement>(el, '#note')!.focus();
      await sendKeys({ type: 'Catatan yang tidak boleh hilang.' });
      api.endAllSessions();
      one<HTMLButtonElement>(el, '[part~="submit-status"]')!.click();
      await waitUntil(() => one(el, 'kim-sign-in'), 'no sign-in', PATIENCE);
      expect(one(el, 'dialog#status-dialog')).to.equal(null);
      expect(one(el, '#record-title')).to.exist;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      // Signed in again, the dialog comes back with the note.
      await el.session!.signIn({ email: INBOX_DINAS_ME.email, password: 'kalimat sandi yang panjang' });
      await el.updateComplete;
      one<HTMLButtonElement>(el, '[part~="status-button"]')!.click();
      await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#status-dialog')?.open, 'no dialog', PATIENCE);
      expect(one<HTMLTextAreaElement>(el, '#note')!.value).to.equal('Catatan yang tidak boleh hilang.');
    });
  });
});
