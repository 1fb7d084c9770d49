import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, emulateMediaFeatures, one, overflowing } from '../../test-fixtures/dom.js';
import '../../define/group-editor.js';
import '../../define/sign-in.js';
import {
  createFakeAdminApi,
  type FakeAdminApi,
  OPERATOR_ME,
  signedInSession,
} from '../test-fixtures/fake-admin-api.js';
import type { KimGroupEditor } from './group-editor.js';

async function mount(
  options: { groupId?: string; operator?: boolean; lang?: string; width?: string; api?: FakeAdminApi } = {},
) {
  const api = options.api ?? createFakeAdminApi();
  const session = signedInSession(api, options.operator ? OPERATOR_ME : undefined);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '900px'}`}>
    <kim-group-editor .session=${session} lang=${options.lang ?? 'id'} group-id=${options.groupId ?? ''}></kim-group-editor>
  </div>`);
  const el = wrapper.querySelector('kim-group-editor') as KimGroupEditor;
  await settle(el);
  return { el, api, session };
}

async function settle(el: KimGroupEditor) {
  await el.updateComplete;
  await waitUntil(() => !one(el, '[aria-busy="true"]'), 'still loading');
  await el.updateComplete;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const writes = (api: FakeAdminApi) => api.requests.filter((r) => r.method !== 'GET');

async function type(el: KimGroupEditor, id: string, value: string) {
  const input = one<HTMLInputElement>(el, `#${id}`)!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
}

async function choose(el: KimGroupEditor, id: string, value: string) {
  await waitUntil(() => one<HTMLSelectElement>(el, `#${id}`) && !one(el, `#${id}`)!.hasAttribute('disabled'), id);
  const select = one<HTMLSelectElement>(el, `#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function save(el: KimGroupEditor) {
  one<HTMLButtonElement>(el, '[part~="save"]')!.click();
  await el.updateComplete;
  await waitUntil(() => one(el, 'form')?.getAttribute('aria-busy') !== 'true');
  await el.updateComplete;
}

describe('<kim-group-editor>', () => {
  it('lists an official’s groups with the register link, archived ones on request, accessibly', async () => {
    const { el } = await mount();
    expect(all(el, '[part~="row"]').map((r) => text(r.querySelector('a')))).to.deep.equal([
      'KIM Bacang',
      'KIM Gabek Maju',
    ]);
    expect(text(all(el, '[part~="row"]')[1]))
      .to.contain('Gabek Satu, Gabek')
      .and.to.contain('Tidak aktif');
    expect(one(el, '[part~="register"]')!.getAttribute('href')).to.equal('#/kim/baru');
    await expect(el).to.be.accessible();
    one<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
    await settle(el);
    expect(all(el, '[part~="row"]').map((r) => text(r.querySelector('a')))).to.deep.equal(['KIM Sinar Lama']);
  });

  it('lets an operator edit only their own group’s profile: no register, region, slug, status or archive', async () => {
    const { el, api } = await mount({ operator: true });
    expect(all(el, '[part~="row"]')).to.have.length(1);
    expect(one(el, '[part~="register"]')).to.equal(null);
    one<HTMLAnchorElement>(el, '[part~="row"] a')!.click();
    await settle(el);
    expect(text(one(el, 'h1'))).to.equal('KIM Bacang');
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
    expect(one(el, '#slug')).to.equal(null);
    expect(one(el, '#status')).to.equal(null);
    expect(one(el, 'select[id^="region"], #regionCode')).to.equal(null);
    expect(one(el, '[part~="archive"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await type(el, 'address', 'Jl. Sungailiat No. 5, Bacang');
    await type(el, 'memberCount', '15');
    await save(el);
    const [write] = writes(api);
    expect(write!.method).to.equal('PATCH');
    expect(write!.headers.get('if-match')).to.equal('"3"');
    expect(await write!.json()).to.deep.equal({ address: 'Jl. Sungailiat No. 5, Bacang', memberCount: 15 });
    expect(text(one(el, '[role="status"]'))).to.equal('Perubahan KIM Bacang telah disimpan.');
  });

  it('registers a group: district, then village from the regions API, and the new group opens', async () => {
    const { el, api } = await mount({ groupId: 'baru' });
    expect(text(one(el, 'h1'))).to.equal('Daftarkan KIM baru');
    await save(el);
    expect(writes(api)).to.have.length(0);
    const summary = text(one(el, '#error-summary'));
    expect(summary).to.contain('Nama KIM: Nama KIM 3 sampai 120 karakter.');
    expect(summary).to.contain('Pilih kelurahan atau desa.');
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
    await expect(el).to.be.accessible();
    await type(el, 'name', 'KIM Sinar Bulan Bersatu');
    await choose(el, 'region-0', '19.71.01');
    await choose(el, 'regionCode', '19.71.01.1004');
    expect(all(el, '#regionCode option').map((o) => text(o))).to.include('Sinar Bulan');
    one<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
    await type(el, 'decree-number', '7/KEL-SB/2026');
    await save(el);
    expect(text(one(el, '#error-summary'))).to.contain('Lengkapi nomor, tanggal, dan penerbit SK');
    await type(el, 'decree-number', '');
    const saved = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('kim-group-saved', (e) => resolve(e as CustomEvent)),
    );
    await save(el);
    const body = await writes(api)[0]!.json();
    expect(body).to.include({ name: 'KIM Sinar Bulan Bersatu', regionCode: '19.71.01.1004', status: 'active' });
    expect(body.focusAreas).to.deep.equal(['umkm']);
    expect((await saved).detail.group.id).to.equal('grp_4');
    await waitUntil(() => text(one(el, 'h1')) === 'KIM Sinar Bulan Bersatu');
    expect(el.groupId).to.equal('grp_4');
    expect(text(one(el, '[role="status"]'))).to.equal('KIM Sinar Bulan Bersatu telah didaftarkan.');
  });

  it('uploads a logo with progress and saves it; social links are added by keyboard', async () => {
    const { el, api } = await mount({ groupId: 'grp_bacang' });
    const png = await (
      await fetch(
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      )
    ).blob();
    const input = one<HTMLInputElement>(el, '#logo')!;
    const files = new DataTransfer();
    files.items.add(new File([png], 'logo.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => text(one(el, '[role="status"]')) === 'Logo telah diunggah. Simpan untuk memakainya.');
    await el.updateComplete;
    expect(one<HTMLImageElement>(el, 'img.logo')!.alt).to.equal('Logo KIM Bacang');
    expect(
      new URL(api.requests.find((r) => r.url.includes('/v1/admin/media'))!.url).searchParams.get('group'),
    ).to.equal('grp_bacang');
    one<HTMLButtonElement>(el, '[part~="add-social"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('social-1-network');
    await type(el, 'social-1-url', 'bukan alamat');
    await save(el);
    expect(text(one(el, '#social-1-url-error'))).to.contain('https://');
    await type(el, 'social-1-url', 'https://facebook.com/kimbacang');
    await save(el);
    const patch = await writes(api)
      .find((r) => r.method === 'PATCH')!
      .json();
    expect(patch).to.deep.equal({
      social: [
        { network: 'instagram', url: 'https://instagram.com/kimbacang' },
        { network: 'facebook', url: 'https://facebook.com/kimbacang' },
      ],
      logoMediaId: 'med_1',
    });
  });

  it('archives only after confirming, then restores', async () => {
    const { el, api } = await mount({ groupId: 'grp_bacang' });
    one<HTMLButtonElement>(el, '[part~="archive"]')!.click();
    await el.updateComplete;
    const dialog = one<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(text(dialog.querySelector('h2'))).to.equal('Arsipkan KIM Bacang?');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(writes(api)).to.have.length(0);
    one<HTMLButtonElement>(el, '[part~="archive"]')!.click();
    one<HTMLButtonElement>(el, '[part~="archive-confirm"]')!.click();
    await waitUntil(() => one(el, '[part~="restore"]'), 'not archived');
    expect(new URL(writes(api)[0]!.url).pathname).to.equal('/v1/admin/groups/grp_bacang/archive');
    expect(writes(api)[0]!.headers.get('if-match')).to.equal('"3"');
    expect(text(one(el, '[role="status"]'))).to.equal('KIM Bacang telah diarsipkan.');
    one<HTMLButtonElement>(el, '[part~="restore"]')!.click();
    await waitUntil(() => one(el, '[part~="archive"]'), 'not restored');
    expect(api.groups[0]!.archivedAt).to.equal(null);
  });

  it('on 412 names what the other person changed, keeps the input, and saves it over the latest version', async () => {
    const { el, api } = await mount({ groupId: 'grp_bacang', operator: true });
    api.groups[0] = { ...api.groups[0]!, chairName: 'Dewi Lestari', version: 4 };
    await type(el, 'memberCount', '20');
    await save(el);
    await waitUntil(() => one(el, '[part~="conflict"]'), 'no conflict');
    expect(text(one(el, '[part~="conflict"]'))).to.contain('Ketua');
    expect(one<HTMLInputElement>(el, '#memberCount')!.value).to.equal('20');
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="keep-mine"]')!.click();
    await waitUntil(() => api.groups[0]!.version === 5, 'not saved');
    expect(api.groups[0]).to.include({ chairName: 'Dewi Lestari', memberCount: 20 });
    expect(writes(api).at(-1)!.headers.get('if-match')).to.equal('"4"');
    expect(one<HTMLInputElement>(el, '#chairName')!.value).to.equal('Dewi Lestari');
  });

  it('is forbidden to register for an operator, shows errors with a retry, fits 320 px and forced colours', async () => {
    const { el: forbidden } = await mount({ groupId: 'baru', operator: true });
    expect(text(one(forbidden, '[part~="forbidden"]'))).to.contain('Peran Anda tidak mengizinkan');
    const api = createFakeAdminApi();
    api.failWith = 500;
    const { el: failing } = await mount({ api });
    expect(one(failing, '[part~="retry-button"]')).to.exist;
    api.failWith = undefined;
    const { el } = await mount({ groupId: 'grp_bacang', width: '320px', lang: 'en' });
    expect(text(one(el, 'legend'))).to.equal('Identity');
    expect(overflowing(el)).to.deep.equal([]);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await expect(el).to.be.accessible();
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
