import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/group-directory.js';
import { KimGroupSelectEvent } from '../events/kim-group-select.js';
import { all, executableAttributes, nextEvent, one, overflowing, shadow, waitFor } from '../test-fixtures/dom.js';
import { createFakeClient, type FakeClientOptions, type FakeKimClient } from '../test-fixtures/fake-client.js';
import { groups, hostileGroup } from '../test-fixtures/fixtures.js';
import type { KimGroupDirectory } from './group-directory.js';

const LOADED = '[part~="list"]:not([aria-busy="true"]), [part~="empty"], [part~="error"]';

/** A directory on a fake client; `attrs` like `'region="19.71" focus="umkm"'`. */
async function directory(options: FakeClientOptions = {}, attrs = '', wait = true) {
  const client = createFakeClient(options);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<kim-group-directory ${attrs}></kim-group-directory>`;
  const el = template.content.firstElementChild as KimGroupDirectory;
  el.client = client;
  wrapper.append(el);
  if (wait) await waitFor(el, LOADED);
  return { el, client, wrapper };
}

const cards = (el: KimGroupDirectory) => all(el, '[part~="card"]');
const count = (el: KimGroupDirectory) => one(el, '[part~="count"]')!.textContent!.trim();
const groupCalls = (client: FakeKimClient) => client.calls.filter((c) => c.method === 'groups.list');
const lastQuery = (client: FakeKimClient) => groupCalls(client).at(-1)?.args[0] as Record<string, unknown>;

function type(el: KimGroupDirectory, text: string) {
  const input = one<HTMLInputElement>(el, '[part~="search-input"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<kim-group-directory>', () => {
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>).__pwned;
  });

  describe('defaults', () => {
    it('lists the groups and announces the count in Bahasa Indonesia', async () => {
      const { el, client } = await directory();
      expect(lastQuery(client)).to.deep.equal({ region: undefined, q: undefined, focus: undefined, limit: 24 });
      expect(cards(el)).to.have.length(groups.length);
      expect(count(el)).to.equal('12 KIM ditemukan');
      expect(one(el, '[part~="count"]')!.getAttribute('role')).to.equal('status');
      expect(one(el, '[part~="filters"]')!.getAttribute('role')).to.equal('search');
      expect(one(el, 'label')!.textContent).to.contain('Cari KIM');
      // No city given: no district filter.
      expect(one(el, '[part~="district-select"]')).to.equal(null);
      const focusOptions = all<HTMLOptionElement>(el, '[part~="focus-select"] option').map((o) => o.textContent);
      expect(focusOptions[0]).to.equal('Semua bidang');
      expect(focusOptions).to.include('Pertanian');
    });

    it('shows name, village and district, chair, members, focus areas, contact and social links', async () => {
      const { el } = await directory();
      const card = cards(el)[0]!;
      const group = groups[0]!;
      expect(card.querySelector('[part~="name"]')!.textContent!.trim()).to.equal(group.name);
      expect(card.querySelector('[part~="place"]')!.textContent).to.equal('Semabung Lama, Bukit Intan');
      const details = [...card.querySelectorAll('dt')].map(
        (dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent!.trim()}`,
      );
      expect(details).to.deep.equal([
        'Ketua: Rudi Hartono',
        'Anggota: 15 orang',
        'Surel: kim.semabunglama@example.id',
        'Telepon: 0717-123456',
        'Situs web: semabunglama.example.id (membuka tab baru)',
      ]);
      expect(card.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal(
        'mailto:kim.semabunglama@example.id',
      );
      expect(card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0717123456');
      expect(all(el, '[part~="card"]:first-child [part~="focus-area"]').map((b) => b.textContent)).to.deep.equal([
        'Digital',
        'UMKM',
      ]);
      const social = [...card.querySelectorAll<HTMLAnchorElement>('[part~="social"] a')];
      expect(social.map((a) => a.href)).to.deep.equal(group.social.map((s) => s.url));
      for (const a of card.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')) {
        expect(a.rel).to.equal('noopener noreferrer');
      }
      const logo = card.querySelector('img')!;
      expect(logo.getAttribute('alt')).to.equal(group.logo!.alt);
      expect(logo.getAttribute('width')).to.equal('96');
      expect(logo.getAttribute('loading')).to.equal('lazy');
    });
  });

  describe('attributes and filters', () => {
    it('loads the districts of a city and filters by district', async () => {
      const { el, client } = await directory({}, 'region="19.71"');
      await waitFor(el, '[part~="district-select"]');
      expect(client.calls.find((c) => c.method === 'regions.list')!.args[0]).to.deep.equal({ parent: '19.71' });
      const select = one<HTMLSelectElement>(el, '[part~="district-select"]')!;
      expect([...select.options].map((o) => o.textContent)).to.have.length(8);
      expect(select.options[0]!.textContent).to.equal('Semua kecamatan');
      expect(lastQuery(client).region).to.equal('19.71');
      select.value = '19.71.03';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => lastQuery(client).region === '19.71.03');
      await waitFor(el, LOADED);
      expect(cards(el).map((c) => c.querySelector('[part~="place"]')!.textContent)).to.deep.equal([
        'Ketapang, Pangkal Balam',
        'Rejosari, Pangkal Balam',
      ]);
      expect(count(el)).to.equal('2 KIM ditemukan');
      await expect(el).to.be.accessible();
    });

    it('starts with the focus attribute and lets the user change it', async () => {
      const { el, client } = await directory({}, 'focus="kesehatan"');
      expect(lastQuery(client).focus).to.equal('kesehatan');
      expect(one<HTMLSelectElement>(el, '[part~="focus-select"]')!.value).to.equal('kesehatan');
      expect(cards(el)).to.have.length(3);
      const select = one<HTMLSelectElement>(el, '[part~="focus-select"]')!;
      select.value = 'perikanan';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => lastQuery(client).focus === 'perikanan');
      await waitFor(el, LOADED);
      expect(count(el)).to.equal('1 KIM ditemukan');
    });

    it('speaks English with lang="en"', async () => {
      const { el } = await directory({}, 'lang="en" region="19.71"');
      await waitFor(el, '[part~="district-select"]');
      expect(count(el)).to.equal('12 groups found');
      expect(one(el, 'label')!.textContent).to.contain('Search KIM groups');
      expect(one(el, '[part~="district-select"] option')!.textContent).to.equal('All districts');
      expect(cards(el)[0]!.textContent).to.contain('Chair').and.to.contain('15 people');
      expect(all(el, '[part~="focus-area"]')[1]!.textContent).to.equal('Small business');
    });

    it('fits a 320 px wide column without scrolling sideways', async () => {
      const { el, wrapper } = await directory({}, 'region="19.71"');
      await waitFor(el, '[part~="district-select"]');
      wrapper.style.width = '320px';
      await el.updateComplete;
      const base = one(el, '[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(overflowing(el)).to.deep.equal([]);
    });

    it('uses no style attribute anywhere (strict CSP)', async () => {
      const { el } = await directory({}, 'region="19.71"');
      await waitFor(el, '[part~="district-select"]');
      expect(all(el, '[style]')).to.have.length(0);
    });
  });

  describe('search', () => {
    it('waits for typing to pause, then searches and announces the count politely', async () => {
      const { el, client } = await directory();
      const before = groupCalls(client).length;
      type(el, 'b');
      type(el, 'ba');
      type(el, 'bacang');
      // Nothing is sent while the user is still typing.
      expect(groupCalls(client)).to.have.length(before);
      await waitUntil(() => lastQuery(client).q === 'bacang');
      expect(groupCalls(client)).to.have.length(before + 1);
      await waitFor(el, LOADED);
      expect(cards(el)).to.have.length(1);
      expect(count(el)).to.equal('1 KIM ditemukan');
    });

    it('searches at once on Enter', async () => {
      const { el, client } = await directory();
      one<HTMLInputElement>(el, '[part~="search-input"]')!.focus();
      await sendKeys({ type: 'rudi' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(lastQuery(client).q).to.equal('rudi');
    });

    it('shows the empty state when nothing matches', async () => {
      const { el, client } = await directory();
      type(el, 'tidak ada yang cocok');
      await waitUntil(() => lastQuery(client).q === 'tidak ada yang cocok');
      await waitFor(el, '[part~="empty"]');
      expect(one(el, '[part~="empty"]')!.textContent!.trim()).to.equal('Tidak ada KIM yang cocok dengan pencarian.');
      expect(count(el)).to.equal('Tidak ada KIM ditemukan');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('shows a busy skeleton while loading', async () => {
      const { el } = await directory({ delay: Number.POSITIVE_INFINITY }, '', false);
      await el.updateComplete;
      expect(one(el, '[aria-busy="true"] [part~="skeleton"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(count(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('shows the content state accessibly', async () => {
      const { el } = await directory({}, 'region="19.71"');
      await waitFor(el, '[part~="district-select"]');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const { el } = await directory({}, 'theme="dark"');
      await expect(el).to.be.accessible();
    });

    it('shows the error state with "Coba lagi", fires kim-error, and recovers', async () => {
      const client = createFakeClient({ fail: true });
      const el = document.createElement('kim-group-directory');
      el.client = client;
      const errored = nextEvent(el, 'kim-error');
      (await fixture(html`<div></div>`)).append(el);
      expect((await errored).error).to.be.instanceOf(Error);
      await waitFor(el, '[part~="error"]');
      expect(one(el, '[part~="error"] p')!.textContent).to.contain('Tidak dapat terhubung');
      await expect(el).to.be.accessible();
      client.options.fail = false;
      one(el, '[part~="retry-button"]')!.click();
      await waitFor(el, '[part~="card"]');
      expect(cards(el)).to.have.length(groups.length);
    });
  });

  describe('load more', () => {
    it('appends the next page and moves focus to the first new card', async () => {
      const { el, client } = await directory({}, 'limit="5"');
      expect(count(el)).to.equal('5+ KIM ditemukan');
      one(el, '[part~="load-more"]')!.click();
      await waitUntil(() => cards(el).length === 10);
      expect(lastQuery(client).cursor).to.equal('5');
      await waitUntil(() => shadow(el).activeElement === all(el, '[part~="select"]')[5]);
      one(el, '[part~="load-more"]')!.click();
      await waitUntil(() => cards(el).length === 12);
      expect(one(el, '[part~="load-more"]')).to.equal(null);
      expect(count(el)).to.equal('12 KIM ditemukan');
      await expect(el).to.be.accessible();
    });
  });

  describe('events and keyboard', () => {
    it('fires kim-group-select when a group name is activated', async () => {
      const { el } = await directory();
      const selected = nextEvent(el, 'kim-group-select');
      all(el, '[part~="select"]')[1]!.click();
      const event = await selected;
      expect(event).to.be.instanceOf(KimGroupSelectEvent);
      expect(event.group.id).to.equal(groups[1]!.id);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('is usable by keyboard: search, filters, then the cards in order', async () => {
      const { el } = await directory({}, 'region="19.71"');
      await waitFor(el, '[part~="district-select"]');
      one<HTMLInputElement>(el, '[part~="search-input"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(one(el, '[part~="district-select"]'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(one(el, '[part~="focus-select"]'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(one(el, '[part~="select"]'));
      const selected = nextEvent(el, 'kim-group-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).group.id).to.equal(groups[0]!.id);
    });
  });

  describe('hostile data', () => {
    it('renders hostile names as text and never links javascript: or data: URLs', async () => {
      const { el } = await directory({ data: { groups: [hostileGroup] } });
      const card = cards(el)[0]!;
      expect(card.querySelector('[part~="name"]')!.textContent!.trim()).to.equal(hostileGroup.name);
      expect(card.textContent).to.contain(hostileGroup.chairName!);
      expect(card.querySelector('img, script')).to.equal(null);
      expect(card.querySelector('[part~="social"]')).to.equal(null);
      expect(card.querySelectorAll('a')).to.have.length(0);
      expect(executableAttributes(shadow(el))).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
    });
  });
});
