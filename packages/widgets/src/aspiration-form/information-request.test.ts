// <kim-aspiration-form> and information requests (UU 14/2008): the extra fields appear with the kind, carry labels
// and the contract's errors, a name and a contact are demanded, and the submission carries the details.
import '../test-fixtures/readable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../define/aspiration-form.js';
import { one, waitFor } from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi } from '../test-fixtures/fake-kim-api.js';
import type { KimAspirationForm } from './aspiration-form.js';

const READY = 'select#categoryId:not([disabled])';

async function form(lang = 'id') {
  const api = createFakeKimApi();
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('kim-aspiration-form') as KimAspirationForm;
  el.setAttribute('region', '19.71');
  el.client = clientOf(api);
  wrapper.append(el);
  await waitFor(el, READY);
  await waitFor(el, 'select#district:not([disabled])');
  return { el, api };
}

const $ = <T extends HTMLElement = HTMLInputElement>(el: KimAspirationForm, selector: string) => {
  const found = one<T>(el, selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
};
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(el: KimAspirationForm, id: string, value: string) {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(el: KimAspirationForm, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fillRequest(el: KimAspirationForm) {
  $(el, '#kind-information_request').click();
  await el.updateComplete;
  await type(el, 'title', 'Permohonan rincian anggaran jalan kelurahan');
  await type(el, 'body', 'Saya memohon salinan rincian anggaran pemeliharaan jalan kelurahan tahun 2026.');
  await choose(el, 'categoryId', 'infrastruktur');
  await choose(el, 'district', '19.71.01');
  await waitFor(el, 'select#regionCode:not([disabled]) option[value="19.71.01.1004"]');
  await choose(el, 'regionCode', '19.71.01.1004');
  $(el, '#consent').click();
  await el.updateComplete;
}

const submit = async (el: KimAspirationForm) => {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
};

describe('<kim-aspiration-form> information requests', () => {
  it('shows the request fields only while that kind is chosen, each with a label', async () => {
    const { el } = await form();
    expect(one(el, 'fieldset.information-request')).to.equal(null);
    $(el, '#kind-information_request').click();
    await el.updateComplete;
    expect(text(one(el, 'fieldset.information-request legend'))).to.equal('Permohonan informasi publik');
    for (const id of [
      'ir-informationRequested',
      'ir-purpose',
      'ir-delivery',
      'ir-format-softcopy',
      'ir-format-hardcopy',
    ]) {
      expect(text(one(el, `label[for="${id}"]`)), id).not.to.equal('');
    }
    await expect(el).to.be.accessible();
    $(el, '#kind-complaint').click();
    await el.updateComplete;
    expect(one(el, 'fieldset.information-request')).to.equal(null);
  });

  it('refuses to send without the details, a name and a contact, and says what is missing', async () => {
    const { el, api } = await form();
    await fillRequest(el);
    await submit(el);
    expect(api.submissions).to.have.length(0);
    expect(text(one(el, '#ir-informationRequested-error'))).to.equal('Wajib diisi');
    expect(text(one(el, '#ir-delivery-error'))).to.contain('Pilih salah satu');
    expect($(el, '#ir-purpose').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    // With the details given, the contract's rule for this kind asks for the name and a contact.
    await type(el, 'ir-informationRequested', 'Rincian anggaran pemeliharaan jalan 2026.');
    await type(el, 'ir-purpose', 'Bahan kajian kelompok warga.');
    $(el, '#ir-format-softcopy').click();
    await choose(el, 'ir-delivery', 'email');
    await submit(el);
    expect(api.submissions).to.have.length(0);
    const links = [...(el.shadowRoot?.querySelectorAll('#error-summary a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['#name', '#email']);
    await expect(el).to.be.accessible();
  });

  it('sends the details with the submission and clears them after the receipt', async () => {
    const { el, api } = await form('en');
    await fillRequest(el);
    await type(el, 'ir-informationRequested', 'Road maintenance budget of the kelurahan for 2026.');
    await type(el, 'ir-purpose', 'A study by a residents’ group.');
    $(el, '#ir-format-hardcopy').click();
    await choose(el, 'ir-delivery', 'pickup');
    await type(el, 'name', 'Rina Warga');
    await type(el, 'phone', '0812-1111-2222');
    await submit(el);
    await waitFor(el, '#panel-heading');
    expect(
      (api.submissions[0]?.body as { informationRequest?: unknown } | undefined)?.informationRequest,
    ).to.deep.equal({
      informationRequested: 'Road maintenance budget of the kelurahan for 2026.',
      purpose: 'A study by a residents’ group.',
      format: 'hardcopy',
      delivery: 'pickup',
    });
  });
});
