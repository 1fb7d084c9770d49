import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../define/group-directory.js';
import { KimGroupSelectEvent } from '../events/kim-group-select.js';
import { all, executableAttributes, nextEvent, one, overflowing, shadow, waitFor } from '../test-fixtures/dom.js';
import {
  clientOf,
  createFakeKimApi,
  type FakeKimApi,
  type FakeKimApiOptions,
  routeFetchTo,
} from '../test-fixtures/fake-kim-api.js';
import { groups, hostileGroup } from '../test-fixtures/fixtures.js';
import type { KimGroupDirectory } from './group-directory.js';

const LOADED = '[part~="list"]:not([aria-busy="true"]), [part~="empty"], [part~="error"]';

/** A directory on a real SDK client over the fake API; `attrs` like `'region="19.71" focus="umkm"'`. */
async function directory(options: FakeKimApiOptions = {}, attrs = '', wait = true, validate = true) {
  const api = createFakeKimApi(options);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const template = document.createElement('template');
  template.innerHTML = `<kim-group-directory ${attrs}></kim-group-directory>`;
  const el = template.content.firstElementChild as KimGroupDirectory;
  el.client = clientOf(api, { validate });
  wrapper.append(el);
  if (wait) await waitFor(el, LOADED);
  return { el, api, wrapper };
}

const cards = (el: KimGroupDirectory) => all(el, '[part~="card"]');
const count = (el: KimGroupDirectory) => one(el, '[part~="count"]')!.textContent!.trim();
const groupCalls = (api: FakeKimApi) => api.requests.filter((r) => new URL(r.url).pathname === '/v1/groups');
const lastQuery = (api: FakeKimApi) => api.lastQuery('/v1/groups') ?? {};

/** `count` groups made from the fixtures, each with its own id and slug. */
const manyGroups = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const g = groups[i % groups.length]!;
    return { ...g, id: `${g.id}-${i}`, slug: `${g.slug}-${i}` };
  });

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

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
      const { el, api } = await directory();
      expect(lastQuery(api)).to.deep.equal({ limit: '24' });
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
      // The name is right beside it: the logo is decorative, its alt does not repeat the heading.
      expect(logo.getAttribute('alt')).to.equal('');
      expect(logo.getAttribute('width')).to.equal('96');
      expect(logo.getAttribute('loading')).to.equal('lazy');
    });

    it('shows names as plain headings, not styled as links, when no group-url is given', async () => {
      const { el } = await directory();
      const name = cards(el)[0]!.querySelector<HTMLElement>('[part~="name"]')!;
      expect(name.localName).to.equal('h2');
      expect(name.querySelector('a, button')).to.equal(null);
      const style = getComputedStyle(name);
      expect(style.textDecorationLine).to.equal('none');
      expect(style.color).to.equal(getComputedStyle(one(el, '[part~="base"]')!).color);
      expect(style.cursor).to.not.equal('pointer');
    });

    it('marks the groups’ own text as Indonesian, also in the English interface', async () => {
      const { el } = await directory({}, 'lang="en"');
      const card = cards(el)[0]!;
      expect(one(el, '[part~="base"]')!.getAttribute('lang')).to.equal('en');
      for (const part of ['name', 'place']) {
        expect(card.querySelector(`[part~="${part}"]`)!.getAttribute('lang'), part).to.equal('id');
      }
      expect(card.querySelector('dt')!.textContent).to.equal('Chair');
      expect(card.querySelector('dt + dd')!.getAttribute('lang')).to.equal('id');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes and filters', () => {
    it('loads the districts of a city and filters by district', async () => {
      const { el, api } = await directory({}, 'region="19.71"');
      await waitFor(el, '[part~="district-select"]');
      expect(api.lastQuery('/v1/regions')).to.deep.include({ parent: '19.71' });
      const select = one<HTMLSelectElement>(el, '[part~="district-select"]')!;
      expect([...select.options].map((o) => o.textContent)).to.have.length(8);
      expect(select.options[0]!.textContent).to.equal('Semua kecamatan');
      expect(lastQuery(api).region).to.equal('19.71');
      select.value = '19.71.03';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => lastQuery(api).region === '19.71.03');
      await waitFor(el, LOADED);
      expect(cards(el).map((c) => c.querySelector('[part~="place"]')!.textContent)).to.deep.equal([
        'Ketapang, Pangkal Balam',
        'Rejosari, Pangkal Balam',
      ]);
      expect(count(el)).to.equal('2 KIM ditemukan');
      await expect(el).to.be.accessible();
    });

    it('starts with the focus attribute and lets the user change it', async () => {
      const { el, api } = await directory({}, 'focus="kesehatan"');
      expect(lastQuery(api).focus).to.equal('kesehatan');
      expect(one<HTMLSelectElement>(el, '[part~="focus-select"]')!.value).to.equal('kesehatan');
      expect(cards(el)).to.have.length(3);
      const select = one<HTMLSelectElement>(el, '[part~="focus-select"]')!;
      select.value = 'perikanan';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => lastQuery(api).focus === 'perikanan');
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
      const { el, api } = await directory();
      const before = groupCalls(api).length;
      type(el, 'b');
      type(el, 'ba');
      type(el, 'bacang');
      // Nothing is sent while the user is still typing.
      expect(groupCalls(api)).to.have.length(before);
      await waitUntil(() => lastQuery(api).q === 'bacang');
      expect(groupCalls(api)).to.have.length(before + 1);
      await waitFor(el, LOADED);
      expect(cards(el)).to.have.length(1);
      expect(count(el)).to.equal('1 KIM ditemukan');
    });

    it('searches at once on Enter', async () => {
      const { el, api } = await directory();
      one<HTMLInputElement>(el, '[part~="search-input"]')!.focus();
      await sendKeys({ type: 'rudi' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => lastQuery(api).q === 'rudi');
    });

    it('shows the empty state when nothing matches', async () => {
      const { el, api } = await directory();
      type(el, 'tidak ada yang cocok');
      await waitUntil(() => lastQuery(api).q === 'tidak ada yang cocok');
      await waitFor(el, '[part~="empty"]');
      expect(one(el, '[part~="empty"]')!.textContent!.trim()).to.equal('Tidak ada KIM yang cocok dengan pencarian.');
      expect(count(el)).to.equal('Tidak ada KIM ditemukan');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('shows a busy skeleton while loading', async () => {
      const { el } = await directory({ latency: 'infinite' }, '', false);
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
      const api = createFakeKimApi({ offline: true });
      const el = document.createElement('kim-group-directory');
      el.client = clientOf(api);
      const errored = nextEvent(el, 'kim-error');
      (await fixture(html`<div></div>`)).append(el);
      expect((await errored).error).to.be.instanceOf(Error);
      await waitFor(el, '[part~="error"]');
      expect(one(el, '[part~="error"] p')!.textContent).to.contain('Tidak dapat terhubung');
      await expect(el).to.be.accessible();
      api.offline = false;
      one(el, '[part~="retry-button"]')!.click();
      await waitFor(el, '[part~="card"]');
      expect(cards(el)).to.have.length(groups.length);
    });
  });

  describe('load more', () => {
    it('appends the next page and moves focus to the first new card', async () => {
      const { el, api } = await directory({}, 'limit="5"');
      expect(count(el)).to.equal('5+ KIM ditemukan');
      one(el, '[part~="load-more"]')!.click();
      await waitUntil(() => cards(el).length === 10);
      expect(lastQuery(api).cursor).to.equal('5');
      // Without group-url the name is a heading, focusable by script only, so the reader continues there.
      await waitUntil(() => shadow(el).activeElement === all(el, '[part~="name"]')[5]);
      one(el, '[part~="load-more"]')!.click();
      await waitUntil(() => cards(el).length === 12);
      expect(one(el, '[part~="load-more"]')).to.equal(null);
      expect(count(el)).to.equal('12 KIM ditemukan');
      await expect(el).to.be.accessible();
    });
  });

  describe('events and keyboard', () => {
    it('links each name to its page with group-url, and fires a cancelable kim-group-select on the way', async () => {
      const { el } = await directory({}, 'group-url="/kim/{slug}?id={id}"');
      const links = all<HTMLAnchorElement>(el, '[part~="name-link"]');
      expect(links).to.have.length(groups.length);
      expect(links[1]!.href).to.equal(new URL(`/kim/${groups[1]!.slug}?id=${groups[1]!.id}`, document.baseURI).href);
      expect(links[1]!.closest('[part~="name"]')!.localName).to.equal('h2');
      const selected = nextEvent(el, 'kim-group-select');
      el.addEventListener('kim-group-select', (e) => e.preventDefault(), { once: true });
      let navigated = true;
      window.addEventListener(
        'click',
        (e) => {
          navigated = !e.defaultPrevented;
          e.preventDefault();
        },
        { once: true },
      );
      links[1]!.click();
      const event = await selected;
      expect(event).to.be.instanceOf(KimGroupSelectEvent);
      expect(event.group.id).to.equal(groups[1]!.id);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(navigated).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('gives no link for a group-url that is not http(s)', async () => {
      const { el } = await directory({}, 'group-url="javascript:alert(\'{slug}\')"');
      expect(all(el, '[part~="name-link"]')).to.have.length(0);
      expect(all(el, '[part~="name"]')).to.have.length(groups.length);
    });

    it('puts names at `heading-level`', async () => {
      const { el } = await directory({}, 'heading-level="3" group-url="/kim/{slug}"');
      expect(new Set(all(el, '[part~="name"]').map((h) => h.localName))).to.deep.equal(new Set(['h3']));
      el.headingLevel = 4;
      await el.updateComplete;
      expect(new Set(all(el, '[part~="name"]').map((h) => h.localName))).to.deep.equal(new Set(['h4']));
      expect(all(el, '[part~="name-link"]')).to.have.length(groups.length);
    });

    it('is usable by keyboard: search, filters, then the cards in order', async () => {
      const { el } = await directory({}, 'region="19.71" group-url="/kim/{slug}"');
      await waitFor(el, '[part~="district-select"]');
      one<HTMLInputElement>(el, '[part~="search-input"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(one(el, '[part~="district-select"]'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(one(el, '[part~="focus-select"]'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(one(el, '[part~="name-link"]'));
      const selected = nextEvent(el, 'kim-group-select');
      el.addEventListener('kim-group-select', (e) => e.preventDefault(), { once: true });
      await sendKeys({ press: 'Enter' });
      expect((await selected).group.id).to.equal(groups[0]!.id);
    });
  });

  describe('accessibility', () => {
    it('gives contact and social links a target of at least 24 × 24 px at 200% zoom (a 640 px wide page)', async () => {
      const { el, wrapper } = await directory();
      wrapper.style.width = '640px';
      await el.updateComplete;
      const links = all<HTMLAnchorElement>(el, '[part~="details"] a, [part~="social"] a');
      expect(links.length).to.be.greaterThan(10);
      const small = links
        .map((a) => ({ text: a.textContent!.trim(), box: a.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ text, box }) => `${text}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
      expect(small).to.deep.equal([]);
    });

    it('lets a reader’s own text spacing through (WCAG 1.4.12)', async () => {
      const { el, wrapper } = await directory();
      const style = document.createElement('style');
      style.textContent =
        'kim-group-directory { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
      wrapper.append(style);
      try {
        const host = getComputedStyle(el);
        for (const node of all(el, '[part~="place"], [part~="name"], dd, [part~="count"]')) {
          const s = getComputedStyle(node);
          const size = Number.parseFloat(s.fontSize);
          expect(Number.parseFloat(s.lineHeight), node.className).to.be.at.least(size * 1.5 - 0.5);
          expect(Number.parseFloat(s.letterSpacing), node.className).to.be.at.least(
            Number.parseFloat(host.letterSpacing) - 0.01,
          );
          expect(Number.parseFloat(s.wordSpacing), node.className).to.be.at.least(
            Number.parseFloat(host.wordSpacing) - 0.01,
          );
        }
        expect(overflowing(el)).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });
  });

  describe('content that breaks the contract', () => {
    it('shows the other groups when one has a bad e-mail, and reports it (event and console warning)', async () => {
      const broken = { ...groups[1]!, contact: { ...groups[1]!.contact, email: 'bukan surel' } };
      const api = createFakeKimApi({
        base: 'https://directory-invalid.kim.test',
        data: { groups: [groups[0]!, broken, groups[2]!] },
      });
      const restore = routeFetchTo(api);
      const warn = console.warn;
      const warnings: string[] = [];
      const warned: unknown[] = [];
      console.warn = (message: string, items: unknown) => {
        warnings.push(message);
        warned.push(items);
      };
      try {
        const el = document.createElement('kim-group-directory');
        el.apiBase = api.base;
        const reported = nextEvent(el, 'kim-invalid-items');
        (await fixture(html`<div></div>`)).append(el);
        const event = await reported;
        await waitFor(el, LOADED);
        expect(cards(el).map((c) => c.querySelector('[part~="name"]')!.textContent)).to.deep.equal([
          groups[0]!.name,
          groups[2]!.name,
        ]);
        expect(count(el)).to.equal('2 KIM ditemukan');
        expect(event.items.map((i) => [i.index, i.id, i.issues[0]!.path])).to.deep.equal([
          [1, groups[1]!.id, 'contact.email'],
        ]);
        expect(warnings.join('\n')).to.contain('left out items that break the API contract');
        expect(warned[0]).to.equal(event.items);
      } finally {
        console.warn = warn;
        restore();
      }
    });
  });

  describe('long lists', () => {
    it('estimates the height of the cards not yet shown within 10%, a short last block too, so the page does not jump', async () => {
      // Blocks of 12, 12 and 3 cards on a phone; the cards have fewer rows than the fixtures' first group.
      const plain = manyGroups(27).map((g, i) =>
        i % 3 ? { ...g, logo: null, contact: { ...g.contact, website: null } } : g,
      );
      const { el, wrapper } = await directory({ data: { groups: plain } }, 'limit="27"', false);
      wrapper.style.width = '375px';
      await waitFor(el, LOADED);
      await frame();
      const list = one(el, '[part~="list"]')!;
      const estimated = list.getBoundingClientRect().height;
      // Bring every block on screen once: each is then laid out for real, and keeps that size.
      for (const block of all(el, '.cards')) {
        block.scrollIntoView();
        await frame();
      }
      window.scrollTo(0, 0);
      await frame();
      const real = list.getBoundingClientRect().height;
      expect(Math.abs(estimated - real) / real, `estimated ${estimated} px, real ${real} px`).to.be.below(0.1);
    });
  });

  describe('hostile data', () => {
    it('renders hostile names as text and never links javascript: or data: URLs, from a client that does not validate', async () => {
      const { el } = await directory({ data: { groups: [hostileGroup] } }, '', true, false);
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
