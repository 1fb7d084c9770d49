import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KimAspirationForm } from '../../aspiration-form/aspiration-form.js';
import '../../define/aspiration-intake.js';
import { all, one, overflowing } from '../../test-fixtures/dom.js';
import { createFakeKimApi, routeFetchTo } from '../../test-fixtures/fake-kim-api.js';
import { signedInSession } from '../test-fixtures/fake-admin-api.js';
import { DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import { createFakeIntakeApi, type FakeIntakeApi, INTAKE_OPERATOR_ME } from '../test-fixtures/fake-intake-api.js';
import type { KimAspirationIntake } from './aspiration-intake.js';
import type { KimIntakeSlip } from './intake-slip.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let restoreFetch: () => void;
beforeEach(() => {
  restoreFetch = routeFetchTo(createFakeKimApi({ base: FAKE_CONSOLE_BASE }));
  for (const key of Object.keys(localStorage)) if (key.startsWith('kim-kit:')) localStorage.removeItem(key);
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('kim-kit:')) sessionStorage.removeItem(key);
});
afterEach(() => {
  restoreFetch();
  for (const copy of document.querySelectorAll('.kim-intake-print')) copy.remove();
});

async function mount(options: { api?: FakeIntakeApi; width?: string; me?: typeof INTAKE_OPERATOR_ME } = {}) {
  const api = options.api ?? createFakeIntakeApi();
  const session = signedInSession(api, options.me ?? INTAKE_OPERATOR_ME);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${options.width ?? '360px'}`}>
    <kim-aspiration-intake .session=${session} lang="id" tracker-url="https://pangkalpinangkota.go.id/lacak"></kim-aspiration-intake>
  </div>`);
  const el = wrapper.querySelector('kim-aspiration-intake') as KimAspirationIntake;
  await el.updateComplete;
  return { el, api, session };
}

/** The embedded public form, once its categories have loaded. */
async function formOf(el: KimAspirationIntake): Promise<KimAspirationForm> {
  await waitUntil(() => one(el, 'kim-aspiration-form'), 'no form');
  const form = one<KimAspirationForm>(el, 'kim-aspiration-form')!;
  await waitUntil(() => form.shadowRoot?.querySelector('select#categoryId:not([disabled])'), 'categories not loaded');
  return form;
}

const $ = <T extends HTMLElement = HTMLInputElement>(form: KimAspirationForm, selector: string) => {
  const found = form.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
};

async function type(form: KimAspirationForm, id: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(form, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

async function choose(form: KimAspirationForm, id: string, value: string) {
  await waitUntil(() => form.shadowRoot!.querySelector(`select#${id}:not([disabled]) option[value="${value}"]`), id);
  const select = $<HTMLSelectElement>(form, `select#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** What an operator types for Pak Rahmat, who has a phone but no internet. */
async function fillForResident(form: KimAspirationForm, options: { consent?: boolean } = {}) {
  $(form, '#kind-complaint').click();
  await type(form, 'title', 'Lampu jalan padam di gang Mawar');
  await type(form, 'body', 'Sudah seminggu lampu jalan di gang Mawar padam sehingga jalan gelap pada malam hari.');
  await choose(form, 'categoryId', 'infrastruktur');
  await choose(form, 'district', '19.71.01');
  await choose(form, 'regionCode', '19.71.01.1004');
  await type(form, 'name', 'Pak Rahmat');
  await type(form, 'phone', '0812-3456-7890');
  if (options.consent ?? true) $(form, '#consent').click();
  await form.updateComplete;
}

async function send(form: KimAspirationForm) {
  $<HTMLButtonElement>(form, '[part~="submit-button"]').click();
  await form.updateComplete;
}

const slipOf = (el: KimAspirationIntake) => one<KimIntakeSlip>(el, 'kim-intake-slip');
const printCopy = () => document.querySelector<KimIntakeSlip>('.kim-intake-print kim-intake-slip');

describe('<kim-aspiration-intake>', () => {
  it('names the operator’s KIM and asks for the verbal consent with the statement read aloud, accessibly', async () => {
    const { el } = await mount();
    const form = await formOf(el);
    expect(text(one(el, 'h1'))).to.equal('Catat laporan warga');
    expect(text(el.shadowRoot!.querySelector('.stack'))).to.contain('KIM Bacang Berseri');
    expect(text($(form, 'label[for="consent"]'))).to.match(/^Warga telah menyetujui secara lisan/);
    expect($(form, '#consent-hint').hidden).to.equal(true);
    expect(form.getAttribute('region')).to.equal('19.71');
    await expect(el).to.be.accessible();
  });

  it('records for the resident with the KIM and the consent, and shows the slip without personal data', async () => {
    const { el, api } = await mount();
    const form = await formOf(el);
    await fillForResident(form);
    await send(form);
    await waitUntil(() => slipOf(el)?.shadowRoot?.querySelector('.code'), 'no slip');
    expect(api.intakes).to.have.length(1);
    const [sent] = api.intakes;
    expect(sent!.key).to.be.a('string').and.not.equal('');
    expect(sent!.body).to.deep.include({ groupId: 'grp_bacang', verbalConsent: true, regionCode: '19.71.01.1004' });
    expect(sent!.body).to.not.have.property('consent');
    expect(sent!.body.reporter).to.deep.equal({ name: 'Pak Rahmat', phone: '0812-3456-7890' });
    const slip = slipOf(el)!;
    const shown = text(slip.shadowRoot!.querySelector('.slip'));
    expect(text(slip.shadowRoot!.querySelector('.code'))).to.equal('7K3M9-QX2PE');
    expect(shown)
      .to.contain('KIM Bacang Berseri')
      .and.contain('WIB')
      .and.contain('https://pangkalpinangkota.go.id/lacak');
    expect(shown).to.not.contain('Rahmat').and.not.contain('3456').and.not.contain('Lampu');
    expect(one<KimAspirationForm>(el, 'kim-aspiration-form')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps a report made offline on the device, says it prints once sent, and delivers it once on reconnect', async () => {
    const { el, api } = await mount();
    const form = await formOf(el);
    api.offline = true;
    await fillForResident(form);
    await send(form);
    await waitUntil(() => one(el, '[part~="waiting"]'), 'no waiting notice');
    expect(text(one(el, '[part~="waiting"]')))
      .to.contain('1 laporan belum terkirim')
      .and.contain('setelah terkirim');
    expect(slipOf(el)).to.equal(null);
    expect(form.shadowRoot!.querySelector('[part~="queued"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    api.offline = false;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => slipOf(el)?.shadowRoot?.querySelector('.code'), 'not delivered');
    await waitUntil(() => !one(el, '[part~="waiting"]'), 'still waiting');
    expect(api.recorded.size).to.equal(1);
    const keys = new Set(api.intakes.map((i) => i.key));
    expect(keys.size).to.equal(1);
  });

  it('sends nothing without the resident’s consent and points at the checkbox', async () => {
    const { el, api } = await mount();
    const form = await formOf(el);
    await fillForResident(form, { consent: false });
    await send(form);
    await waitUntil(() => form.shadowRoot!.querySelector('#consent-error'), 'no consent error');
    expect(api.intakes).to.have.length(0);
  });

  it('prints the slip on A6 or 58 mm paper from a copy that alone shows in print', async () => {
    const { el } = await mount();
    const form = await formOf(el);
    await fillForResident(form);
    await send(form);
    await waitUntil(() => slipOf(el)?.shadowRoot?.querySelector('.code'), 'no slip');
    expect(printCopy()?.paper).to.equal('a6');
    const radio = all<HTMLInputElement>(el, 'input[name="paper"]').find((r) => r.value === '58mm')!;
    radio.click();
    await el.updateComplete;
    expect(printCopy()?.paper).to.equal('58mm');
    expect(slipOf(el)!.paper).to.equal('58mm');
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      one<HTMLButtonElement>(el, '[part~="print-button"]')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    // On screen the copy is hidden; the document sheet shows only it on paper.
    expect(getComputedStyle(document.querySelector('.kim-intake-print')!).display).to.equal('none');
    const another = all<HTMLButtonElement>(el, '[part~="slip-panel"] button').find(
      (b) => b !== one(el, '[part~="print-button"]'),
    )!;
    another.click();
    await el.updateComplete;
    expect(printCopy()).to.equal(null);
    expect(slipOf(el)).to.equal(null);
  });

  it('fits 320 px without sideways scrolling', async () => {
    const { el } = await mount({ width: '320px' });
    const form = await formOf(el);
    await fillForResident(form);
    await send(form);
    await waitUntil(() => slipOf(el)?.shadowRoot?.querySelector('.code'), 'no slip');
    expect(overflowing(el)).to.deep.equal([]);
  });

  it('tells a person without the capability that the section is not theirs', async () => {
    const { el } = await mount({ me: { ...DINAS_ME, capabilities: ['news.review'] } as typeof DINAS_ME });
    expect(one(el, '[part~="forbidden"]')).to.not.equal(null);
    expect(one(el, 'kim-aspiration-form')).to.equal(null);
  });
});
