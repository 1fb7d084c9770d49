import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, one } from '../../test-fixtures/dom.js';
import '../../define/aspiration-inbox.js';
import { createFakeInboxApi, type FakeInboxApi, INBOX_DINAS_ME } from '../test-fixtures/fake-inbox-api.js';
import type { KimAspirationInbox } from './aspiration-inbox.js';

const PATIENCE = { timeout: 4000 };

async function mount(hash: string, api: FakeInboxApi = createFakeInboxApi({ now: Date.now() })) {
  const session = api.sessionFor(INBOX_DINAS_ME);
  history.replaceState(null, '', hash);
  const el = await fixture<KimAspirationInbox>(
    html`<kim-aspiration-inbox .session=${session} .regions=${api.regions} hash-routes lang="id"></kim-aspiration-inbox>`,
  );
  return { el, api };
}

const rows = (el: Element) => all(el, 'tr[part~="row"]');

async function listed(el: KimAspirationInbox, count: number) {
  await waitUntil(
    () => one(el, 'table.records[aria-busy="false"]') && rows(el).length === count,
    `the list did not show ${count} rows`,
    PATIENCE,
  );
  await el.updateComplete;
}

async function opened(el: KimAspirationInbox) {
  await waitUntil(() => one(el, '#record-title'), 'no record opened', PATIENCE);
  await el.updateComplete;
}

const inboxRequests = (api: FakeInboxApi) =>
  api.requests.filter((r) => new URL(r.url).pathname === '/v1/admin/aspirations').map((r) => new URL(r.url));

describe('<kim-aspiration-inbox> due dates', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('shows each report’s due date with its zone, and "Lewat tenggat" in words on the overdue ones', async () => {
    const { el, api } = await mount('#/laporan');
    await listed(el, 12);
    const overdue = api.aspirations.filter((a) => a.overdue).map((a) => a.id);
    expect(overdue.length).to.equal(6);
    for (const row of rows(el)) {
      const due = row.querySelector('[part~="due"]')!;
      const a = api.aspirations.find((x) => x.id === row.dataset.id)!;
      if (a.dueAt) {
        expect(due.querySelector('time')!.getAttribute('datetime')).to.equal(a.dueAt);
        expect(due.textContent).to.match(/\d{4}, WIB/);
      } else {
        expect(due.textContent!.trim()).to.equal('Tidak ada tenggat');
      }
      expect(Boolean(due.querySelector('[part~="overdue"]')), a.id).to.equal(overdue.includes(a.id));
    }
    expect(one(el, '[part~="overdue"]')!.textContent).to.equal('Lewat tenggat');
    await expect(el).to.be.accessible();
  });

  it('keeps the overdue queue in the address, asks the API for it, and a reload keeps it', async () => {
    const { el, api } = await mount('#/laporan');
    await listed(el, 12);
    const select = one<HTMLSelectElement>(el, '#filter-overdue')!;
    select.value = 'true';
    select.dispatchEvent(new Event('change'));
    await listed(el, 6);
    expect(location.hash).to.equal('#/laporan?overdue=true');
    expect(inboxRequests(api).at(-1)!.searchParams.get('overdue')).to.equal('true');
    expect(rows(el).every((r) => r.querySelector('[part~="overdue"]'))).to.equal(true);

    const again = await mount(location.hash);
    await listed(again.el, 6);
    expect(one<HTMLSelectElement>(again.el, '#filter-overdue')!.value).to.equal('true');
    await expect(again.el).to.be.accessible();
  });

  it('shows the stage that is due and its full time with the zone in the record', async () => {
    const { el, api } = await mount('#/laporan/asp_0010');
    await opened(el);
    const record = api.aspirations.find((a) => a.id === 'asp_0010')!;
    expect(record.dueStage).to.equal('resolution');
    const dd = one(el, '[part~="record-due"]')!;
    expect(dd.previousElementSibling!.textContent).to.equal('Tenggat penyelesaian');
    expect(dd.textContent)
      .to.match(/pukul \d{2}\.\d{2} WIB/)
      .and.contain('Lewat tenggat');
  });
});

describe('<kim-aspiration-inbox> an agency’s answer', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('records it as a history entry at the version read, after asking for the answer', async () => {
    const { el, api } = await mount('#/laporan/asp_0005');
    await opened(el);
    const form = one(el, '[part~="agency-response-form"]')!;
    expect(form.querySelector('h3')!.textContent).to.equal('Catat jawaban Dinas Perhubungan');
    await expect(el).to.be.accessible();

    one<HTMLButtonElement>(el, '[part~="response-submit"]')!.click();
    await waitUntil(() => one(el, '[part~="agency-response-form"] #error-summary'), 'no error summary', PATIENCE);
    expect(one(el, '#error-summary')!.textContent).to.contain('Jawaban perangkat daerah (publik): wajib diisi');
    expect((el.shadowRoot!.activeElement as HTMLElement).id).to.equal('error-summary');
    await expect(el).to.be.accessible();

    one<HTMLTextAreaElement>(el, '#response-note')!.focus();
    await sendKeys({ type: 'Perbaikan dijadwalkan 3 Desember.' });
    one<HTMLTextAreaElement>(el, '#response-internalNote')!.focus();
    await sendKeys({ type: 'Surat Dishub 12/2026.' });
    one<HTMLButtonElement>(el, '[part~="response-submit"]')!.click();
    await waitUntil(() => one(el, '[part~="agency-response"]'), 'no history entry', PATIENCE);
    const entry = one(el, '[part~="agency-response"]')!;
    expect(entry.querySelector('strong')!.textContent).to.equal('Jawaban Dinas Perhubungan');
    expect(entry.querySelector('[part~="public-note"]')!.textContent).to.contain('Perbaikan dijadwalkan 3 Desember.');
    expect(entry.querySelector('[part~="internal-note"]')!.textContent).to.contain('Surat Dishub 12/2026.');
    expect(one<HTMLTextAreaElement>(el, '#response-note')!.value).to.equal('');
    expect(one(el, '[role="status"]')!.textContent).to.equal('Jawaban Dinas Perhubungan telah dicatat.');
    const post = api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/asp_0005/agency-responses'))!;
    expect(post.headers.get('if-match')).to.equal('"4"');
    expect(await post.json()).to.deep.equal({
      note: 'Perbaikan dijadwalkan 3 Desember.',
      internalNote: 'Surat Dishub 12/2026.',
    });
  });

  it('keeps the answer typed when the report changed meanwhile, and saves it at the new version', async () => {
    const { el, api } = await mount('#/laporan/asp_0005');
    await opened(el);
    one<HTMLTextAreaElement>(el, '#response-note')!.focus();
    await sendKeys({ type: 'Sudah dijawab lewat surat.' });
    api.aspirations.find((a) => a.id === 'asp_0005')!.version += 1;
    one<HTMLButtonElement>(el, '[part~="response-submit"]')!.click();
    await waitUntil(() => one(el, '[part~="response-notice"]'), 'no notice', PATIENCE);
    expect(one<HTMLTextAreaElement>(el, '#response-note')!.value).to.equal('Sudah dijawab lewat surat.');
    one<HTMLButtonElement>(el, '[part~="response-submit"]')!.click();
    await waitUntil(() => one(el, '[part~="agency-response"]'), 'not saved at the new version', PATIENCE);
  });

  it('is not offered before the report is forwarded', async () => {
    const { el } = await mount('#/laporan/asp_0003');
    await opened(el);
    expect(one(el, '[part~="agency-response-form"]')).to.equal(null);
  });
});
