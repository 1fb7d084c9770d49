import type { Me } from '@kim-kit/sdk';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { all, emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/agency-admin.js';
import {
  AGENCY_ADMIN_ME,
  AGENCY_DINAS_ME,
  AGENCY_KIM_ME,
  createFakeAgencyApi,
  type FakeAgencyApi,
} from '../test-fixtures/fake-agency-api.js';
import type { KimAgencyAdmin } from './agency-admin.js';

const PATIENCE = { timeout: 4000 };

async function mount(me: Me = AGENCY_DINAS_ME, api: FakeAgencyApi = createFakeAgencyApi(), width = '960px') {
  const session = api.sessionFor(me);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}`}><kim-agency-admin .session=${session} lang="id"></kim-agency-admin></div>`,
  );
  const el = wrapper.querySelector('kim-agency-admin') as KimAgencyAdmin;
  await el.updateComplete;
  return { el, api };
}

const names = (el: Element) => all(el, 'tr[part~="row"] td:first-child').map((td) => td.textContent!.trim());
const rowOf = (el: Element, id: string) => one(el, `tr[data-id="${id}"]`)!;

async function listed(el: KimAgencyAdmin, count: number) {
  await waitUntil(
    () => one(el, 'table[part~="list"][aria-busy="false"]') && all(el, 'tr[part~="row"]').length === count,
    `not ${count} agencies listed`,
    PATIENCE,
  );
  await el.updateComplete;
}

async function type(el: KimAgencyAdmin, id: string, text: string) {
  const input = one<HTMLInputElement>(el, `#${id}`)!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

const activeId = (el: KimAgencyAdmin) => (el.shadowRoot!.activeElement as HTMLElement | null)?.id;

describe('<kim-agency-admin>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMediaFeatures([]);
  });

  it('lists a Dinas official’s region’s agencies by name with their status, and filters by status', async () => {
    const { el, api } = await mount();
    await listed(el, 4);
    expect(names(el)).to.deep.equal([
      'Dinas Kesehatan',
      'Dinas Lingkungan Hidup',
      'Dinas Pekerjaan Umum dan Penataan Ruang',
      'Dinas Perhubungan',
    ]);
    expect(rowOf(el, 'agc_dlh').querySelector('[part~="status"]')!.textContent).to.equal('Diarsipkan');
    await expect(el).to.be.accessible();
    const select = one<HTMLSelectElement>(el, '#filter-status')!;
    select.value = 'archived';
    select.dispatchEvent(new Event('change'));
    await listed(el, 1);
    expect(new URL(api.requests.at(-1)!.url).searchParams.get('status')).to.equal('archived');
  });

  it('adds an agency of the official’s city, after saying what is missing, and announces it', async () => {
    const { el, api } = await mount();
    await listed(el, 4);
    one<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await waitUntil(() => activeId(el) === 'form-title', 'the form did not take focus', PATIENCE);
    expect(one<HTMLSelectElement>(el, '#regionCode')!.value).to.equal('19.71');
    one<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
    await waitUntil(() => one(el, '#error-summary'), 'no error summary', PATIENCE);
    expect(one(el, '#error-summary')!.textContent).to.contain('Nama lengkap: wajib diisi');
    expect(one(el, '#error-summary')!.textContent).to.contain('Nama singkat: wajib diisi');
    expect(activeId(el)).to.equal('error-summary');
    await expect(el).to.be.accessible();

    await type(el, 'name', 'Dinas Pendidikan');
    await type(el, 'shortName', 'Disdik');
    await type(el, 'email', 'disdik@pangkalpinangkota.go.id');
    one<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
    await listed(el, 5);
    expect(names(el)).to.include('Dinas Pendidikan');
    expect(one(el, '[role="status"]')!.textContent).to.equal('Dinas Pendidikan telah ditambahkan.');
    const post = api.requests.find((r) => r.method === 'POST' && new URL(r.url).pathname === '/v1/admin/agencies')!;
    expect(await post.json()).to.deep.equal({
      regionCode: '19.71',
      name: 'Dinas Pendidikan',
      shortName: 'Disdik',
      email: 'disdik@pangkalpinangkota.go.id',
    });
  });

  it('shows the server’s refusal of a short name already taken, with the field', async () => {
    const { el } = await mount();
    await listed(el, 4);
    one<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    await type(el, 'name', 'Dinas Perhubungan Laut');
    await type(el, 'shortName', 'Dishub');
    one<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
    await waitUntil(() => one(el, '#shortName-error'), 'no field error', PATIENCE);
    expect(one(el, '#error-summary')!.textContent).to.contain('Nama singkat: Nama singkat sudah dipakai');
    expect(one<HTMLInputElement>(el, '#name')!.value).to.equal('Dinas Perhubungan Laut');
  });

  it('lets an admin type the regency or city code', async () => {
    const { el } = await mount(AGENCY_ADMIN_ME);
    await listed(el, 5);
    one<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    expect(one<HTMLInputElement>(el, 'input#regionCode')).not.to.equal(null);
    await type(el, 'regionCode', '19.01');
    await type(el, 'name', 'Dinas Kesehatan Kabupaten Bangka');
    await type(el, 'shortName', 'Dinkes Bangka');
    one<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
    await listed(el, 6);
  });

  it('edits an agency with If-Match, sending only what changed', async () => {
    const { el, api } = await mount();
    await listed(el, 4);
    rowOf(el, 'agc_dishub').querySelector<HTMLButtonElement>('.edit')!.click();
    await waitUntil(() => activeId(el) === 'form-title', 'the form did not take focus', PATIENCE);
    expect(one(el, '#form-title')!.textContent).to.equal('Ubah Dinas Perhubungan');
    expect(one(el, '#regionCode')).to.equal(null);
    await type(el, 'email', 'pengaduan.dishub@pangkalpinangkota.go.id');
    one<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
    await waitUntil(() => !one(el, '[part~="form"]'), 'the form stayed', PATIENCE);
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).to.equal('"1"');
    expect(await patch.json()).to.deep.equal({ email: 'pengaduan.dishub@pangkalpinangkota.go.id' });
    expect(rowOf(el, 'agc_dishub').textContent).to.contain('pengaduan.dishub@pangkalpinangkota.go.id');
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('edit'), 'focus not back on the row');
  });

  it('when someone else saved it meanwhile, offers to keep one’s own input over the latest version', async () => {
    const { el, api } = await mount();
    await listed(el, 4);
    rowOf(el, 'agc_dishub').querySelector<HTMLButtonElement>('.edit')!.click();
    await el.updateComplete;
    await type(el, 'email', 'baru@pangkalpinangkota.go.id');
    const dishub = api.agencies.find((a) => a.id === 'agc_dishub')!;
    dishub.name = 'Dinas Perhubungan Kota Pangkal Pinang';
    dishub.version = 2;
    one<HTMLButtonElement>(el, '[part~="save-button"]')!.click();
    await waitUntil(() => one(el, '[part~="conflict"]'), 'no conflict view', PATIENCE);
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~="conflict"]'), 'focus not on the conflict');
    expect(one<HTMLInputElement>(el, '#email')!.value).to.equal('baru@pangkalpinangkota.go.id');
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="keep-mine"]')!.click();
    await waitUntil(() => !one(el, '[part~="form"]'), 'not saved', PATIENCE);
    expect(dishub.email).to.equal('baru@pangkalpinangkota.go.id');
    expect(dishub.name).to.equal('Dinas Perhubungan Kota Pangkal Pinang');
    expect(
      api.requests
        .filter((r) => r.method === 'PATCH')
        .at(-1)!
        .headers.get('if-match'),
    ).to.equal('"2"');
  });

  it('archives and restores an agency, and says so when it changed meanwhile', async () => {
    const { el, api } = await mount();
    await listed(el, 4);
    rowOf(el, 'agc_pupr').querySelector<HTMLButtonElement>('[part~="archive-button"]')!.click();
    await waitUntil(
      () => rowOf(el, 'agc_pupr').querySelector('[part~="status"]')!.textContent === 'Diarsipkan',
      'not archived',
      PATIENCE,
    );
    expect(one(el, '[role="status"]')!.textContent).to.equal(
      'Dinas Pekerjaan Umum dan Penataan Ruang telah diarsipkan.',
    );
    rowOf(el, 'agc_pupr').querySelector<HTMLButtonElement>('[part~="restore-button"]')!.click();
    await waitUntil(
      () => rowOf(el, 'agc_pupr').querySelector('[part~="status"]')!.textContent === 'Aktif',
      'not restored',
      PATIENCE,
    );
    api.agencies.find((a) => a.id === 'agc_dinkes')!.version = 5;
    rowOf(el, 'agc_dinkes').querySelector<HTMLButtonElement>('[part~="archive-button"]')!.click();
    await waitUntil(() => one(el, '[part~="row-error"]'), 'no row error', PATIENCE);
    expect(rowOf(el, 'agc_dinkes').querySelector('[part~="row-error"]')!.textContent).to.contain(
      'telah diubah petugas lain',
    );
    await expect(el).to.be.accessible();
  });

  it('shows the forbidden state to a KIM operator, and the error state with a retry that works', async () => {
    const kim = await mount(AGENCY_KIM_ME);
    await waitUntil(() => one(kim.el, '[part~="forbidden"]'), 'no forbidden state', PATIENCE);
    const api = createFakeAgencyApi();
    api.failWith = 503;
    const { el } = await mount(AGENCY_DINAS_ME, api);
    await waitUntil(() => one(el, '[part~="retry-button"]'), 'no error state', PATIENCE);
    await expect(el).to.be.accessible();
    api.failWith = undefined;
    one<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await listed(el, 4);
  });

  it('becomes stacked cards at 320 px with nothing sticking out, also in forced colours', async () => {
    await setViewport({ width: 320, height: 640 });
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const { el } = await mount(AGENCY_DINAS_ME, createFakeAgencyApi(), '320px');
    await listed(el, 4);
    rowOf(el, 'agc_dishub').querySelector<HTMLButtonElement>('.edit')!.click();
    await el.updateComplete;
    expect(overflowing(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
