import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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

async function openDialog(el: KimAspirationInbox) {
  await waitUntil(() => one(el, '[part~="status-button"]'), 'no record opened', PATIENCE);
  one<HTMLButtonElement>(el, '[part~="status-button"]')!.click();
  await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#status-dialog')?.open, 'no dialog', PATIENCE);
}

async function chooseStatus(el: KimAspirationInbox, status: string) {
  one<HTMLInputElement>(el, `dialog input[value="${status}"]`)!.click();
  await el.updateComplete;
}

const agencyOptions = (el: KimAspirationInbox) =>
  all<HTMLOptionElement>(el, '#agencyId option').map((o) => o.textContent!.trim());

async function agenciesListed(el: KimAspirationInbox, count: number) {
  await waitUntil(() => agencyOptions(el).length === count + 1, `not ${count} agencies offered`, PATIENCE);
}

function chooseAgency(el: KimAspirationInbox, id: string) {
  const select = one<HTMLSelectElement>(el, '#agencyId')!;
  select.value = id;
  select.dispatchEvent(new Event('change'));
}

const submit = (el: KimAspirationInbox) => one<HTMLButtonElement>(el, '[part~="submit-status"]')!.click();

describe('<kim-aspiration-inbox> forwarding to an agency', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('asks for an active agency of the report’s city only when forwarding, and names it in the record and history', async () => {
    const { el, api } = await mount('#/laporan/asp_0003');
    await openDialog(el);
    expect(one(el, '#agencyId')).to.equal(null);
    await chooseStatus(el, 'forwarded');
    // Pangkal Pinang's active agencies by name: not the archived one, not Kabupaten Bangka's.
    await agenciesListed(el, 3);
    expect(agencyOptions(el)).to.deep.equal([
      'Pilih perangkat daerah',
      'Dinas Kesehatan (Dinkes)',
      'Dinas Pekerjaan Umum dan Penataan Ruang (Dinas PUPR)',
      'Dinas Perhubungan (Dishub)',
    ]);
    const asked = api.requests.find((r) => new URL(r.url).pathname === '/v1/admin/agencies')!;
    expect(Object.fromEntries(new URL(asked.url).searchParams)).to.include({ region: '19.71', status: 'active' });
    expect(one(el, '#agencyId')!.getAttribute('aria-required')).to.equal('true');
    await expect(el).to.be.accessible();

    // None chosen: the error summary names the field and links to it; nothing is sent.
    submit(el);
    await waitUntil(() => one(el, '#error-summary'), 'no error summary', PATIENCE);
    expect(one(el, '#error-summary')!.textContent).to.contain('Perangkat daerah tujuan: wajib diisi');
    expect(one(el, '#agencyId')!.getAttribute('aria-invalid')).to.equal('true');
    expect(api.requests.some((r) => r.method === 'POST')).to.equal(false);
    await expect(el).to.be.accessible();

    chooseAgency(el, 'agc_dishub');
    submit(el);
    await waitUntil(() => !one(el, 'dialog#status-dialog'), 'the dialog stayed', PATIENCE);
    await el.updateComplete;
    const post = api.requests.find((r) => r.method === 'POST' && r.url.endsWith('/asp_0003/status'))!;
    expect(await post.json()).to.deep.equal({ status: 'forwarded', agencyId: 'agc_dishub' });
    expect(one(el, '[part~="record-status"]')!.textContent).to.equal('Diteruskan ke perangkat daerah');
    expect(one(el, '[part~="record-agency"]')!.textContent).to.equal('Diteruskan ke Dinas Perhubungan');
    expect(all(el, '[part~="history-entry"] strong')[0]!.textContent).to.equal('Diteruskan ke Dinas Perhubungan');
  });

  it('shows the server’s refusal of an agency archived meanwhile with the field, and offers the list as it is now', async () => {
    const { el, api } = await mount('#/laporan/asp_0009');
    await openDialog(el);
    await chooseStatus(el, 'forwarded');
    await agenciesListed(el, 3);
    chooseAgency(el, 'agc_pupr');
    const pupr = api.agencies.find((a) => a.id === 'agc_pupr')!;
    pupr.status = 'archived';
    pupr.archivedAt = new Date().toISOString();
    submit(el);
    await waitUntil(() => one(el, '#error-summary'), 'no error summary', PATIENCE);
    expect(one(el, '#error-summary')!.textContent).to.contain(
      'Perangkat daerah tujuan: Perangkat daerah ini sudah diarsipkan',
    );
    expect(one(el, '#agencyId-error')!.textContent).to.contain('sudah diarsipkan');
    await agenciesListed(el, 2);
    expect(agencyOptions(el).join()).not.to.contain('PUPR');
    expect(api.aspirations.find((a) => a.id === 'asp_0009')!.status).to.equal('verified');
    await expect(el).to.be.accessible();
  });

  it('says so when the agencies cannot be loaded, and loads them again on retry', async () => {
    const { el, api } = await mount('#/laporan/asp_0003');
    await openDialog(el);
    api.failWith = 503;
    await chooseStatus(el, 'forwarded');
    await waitUntil(() => one(el, '[part~="agency-load-error"]'), 'no load error', PATIENCE);
    expect(one(el, '[part~="agency-load-error"]')!.textContent).to.contain(
      'Daftar perangkat daerah tidak dapat dimuat.',
    );
    await expect(el).to.be.accessible();
    api.failWith = undefined;
    one<HTMLButtonElement>(el, '[part~="agency-load-error"] button')!.click();
    await agenciesListed(el, 3);
    expect(one(el, '[part~="agency-load-error"]')).to.equal(null);
  });

  it('forwards a selection to one agency; a report of another city reports its own failure', async () => {
    const api = createFakeInboxApi({ now: Date.now() });
    const verified = api.aspirations.find((a) => a.id === 'asp_0003')!;
    api.aspirations.push({
      ...structuredClone(verified),
      id: 'asp_0100',
      trackingCode: '7K3M9Q2XZZ',
      title: 'Halte bus Sungailiat rusak',
      regionCode: '19.01.01.2001',
    });
    const { el } = await mount('#/laporan', api);
    await waitUntil(() => all(el, 'tr[part~="row"]').length === 13, 'no list', PATIENCE);
    for (const code of [verified.trackingCode, '7K3M9Q2XZZ']) {
      one<HTMLInputElement>(el, `input[aria-label="Pilih laporan ${code}"]`)!.click();
    }
    await el.updateComplete;
    one<HTMLButtonElement>(el, '[part~="bulk-button"]')!.click();
    await waitUntil(() => one<HTMLDialogElement>(el, 'dialog#status-dialog')?.open, 'no dialog', PATIENCE);
    await chooseStatus(el, 'forwarded');
    // Two cities in the selection: each city's agencies under its own heading.
    await agenciesListed(el, 4);
    expect(all(el, '#agencyId optgroup').length).to.equal(2);
    expect(one(el, '[part~="agency-field"] .hint')!.textContent).to.contain('Satu perangkat daerah untuk semua');
    await expect(el).to.be.accessible();
    chooseAgency(el, 'agc_dishub');
    submit(el);
    await waitUntil(() => one(el, '[part~="bulk-results"]'), 'no results', PATIENCE);
    const results = all(el, '[part~="bulk-results"] li');
    expect(results.map((li) => li.dataset.outcome)).to.deep.equal(['changed', 'agency_mismatch']);
    expect(results[1]!.textContent).to.contain(
      'Gagal: perangkat daerah ini tidak melayani kabupaten/kota laporan ini.',
    );
    expect(api.aspirations.find((a) => a.id === 'asp_0003')!.agency?.name).to.equal('Dinas Perhubungan');
    expect(api.aspirations.find((a) => a.id === 'asp_0100')!.status).to.equal('verified');
  });

  it('shows an agency’s answer in the history under the agency’s name', async () => {
    const api = createFakeInboxApi({ now: Date.now() });
    const record = api.aspirations.find((a) => a.id === 'asp_0005')!;
    record.history.push({
      kind: 'agency_response',
      agency: record.agency,
      status: record.status,
      at: new Date().toISOString(),
      note: 'Perbaikan dijadwalkan 3 Desember.',
      internalNote: null,
      actor: { id: 'usr_dinas_2', name: 'Siti Rahma' },
    } as (typeof record.history)[number]);
    const { el } = await mount('#/laporan/asp_0005', api);
    await waitUntil(() => one(el, '[part~="agency-response"]'), 'no agency response', PATIENCE);
    const entry = one(el, '[part~="agency-response"]')!;
    expect(entry.querySelector('strong')!.textContent).to.equal('Jawaban Dinas Perhubungan');
    expect(entry.textContent).to.contain('Perbaikan dijadwalkan 3 Desember.');
    await expect(el).to.be.accessible();
  });
});
