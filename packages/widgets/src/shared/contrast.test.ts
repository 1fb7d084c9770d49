// Text contrast of the widgets' colours (WCAG 1.4.3, at least 4.5:1), measured on rendered elements: the default light
// and dark palettes, theme="auto" on a dark system, and the theming guide's palettes in each theme.
import { expect, fixture, html } from '@open-wc/testing';
import '../define/aspiration-form.js';
import type { KimAspirationForm } from '../aspiration-form/aspiration-form.js';
import { emulateMediaFeatures, one, waitFor } from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi } from '../test-fixtures/fake-kim-api.js';
import { municipalSite, type Palette, palettes } from '../test-fixtures/palettes.js';
import { baseStyles } from './styles.js';

/** The sRGB bytes of any CSS colour, as the browser paints it. */
function rgb(color: string): [number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The background an element is painted on: its own, or its nearest ancestor's that is not transparent. */
function backgroundOf(node: Element): string {
  for (let current: Element | null = node; current; current = current.parentElement) {
    const background = getComputedStyle(current).backgroundColor;
    if (rgb(background).length && background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return background;
  }
  throw new Error('no background');
}

/** A form showing every kind of text: heading, hint, error, link, filled button. */
async function formWith(palette: Palette, theme: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const [token, value] of Object.entries(palette)) wrapper.style.setProperty(token, value);
  const el = document.createElement('kim-aspiration-form') as KimAspirationForm;
  el.setAttribute('region', '19.71');
  el.setAttribute('privacy-url', '/privasi');
  el.setAttribute('theme', theme);
  // A scope of its own: other test files run beside this one in the same origin, and a draft one of them left in
  // localStorage would fill the title, so that no title error shows.
  el.setAttribute('storage-scope', `contrast-${crypto.randomUUID()}`);
  el.client = clientOf(createFakeKimApi());
  wrapper.append(el);
  await waitFor(el, 'select#categoryId:not([disabled])');
  one<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
  // The title's error is one of those measured: wait for it, not for the first error of any field.
  await waitFor(el, '#title-error');
  return el;
}

/** Every text/background pair that falls short of 4.5:1, as readable lines. */
function lowContrast(el: KimAspirationForm): string[] {
  const pairs: [string, string][] = [
    ['heading', '#form-heading'],
    ['label', 'label[for="title"]'],
    ['hint', '#title-hint'],
    ['counter', '#title-counter'],
    ['field error', '#title-error'],
    ['error summary link', '.summary a'],
    ['link', '#consent-hint a'],
    ['filled button', '[part~="submit-button"]'],
    ['input text', '#title'],
  ];
  return pairs.flatMap(([name, selector]) => {
    const node = one(el, selector);
    if (!node) return [`${name}: ${selector} not found`];
    const color = getComputedStyle(node).color;
    const ratio = contrast(color, backgroundOf(node));
    return ratio >= 4.5 ? [] : [`${name}: ${color} on ${backgroundOf(node)} is ${ratio.toFixed(2)}:1`];
  });
}

describe('colour contrast of the widgets (at least 4.5:1)', () => {
  afterEach(() => emulateMediaFeatures([]));

  it('holds for the default light palette, which is the default theme', async () => {
    const el = await formWith({}, 'light');
    expect(lowContrast(el)).to.deep.equal([]);
    // Light unless asked otherwise, even on a dark system.
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const plain = document.createElement('kim-aspiration-form');
    expect(plain.theme).to.equal('light');
    expect(getComputedStyle(one(el, '[part~="base"]')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('holds for the default dark palette', async () => {
    expect(lowContrast(await formWith({}, 'dark'))).to.deep.equal([]);
  });

  it('holds with theme="auto" on a dark system', async () => {
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const el = await formWith({}, 'auto');
    expect(rgb(getComputedStyle(one(el, '[part~="base"]')!).backgroundColor)).to.deep.equal([24, 27, 32]);
    expect(lowContrast(el)).to.deep.equal([]);
  });

  for (const [name, palette] of Object.entries({ ...palettes, 'municipal site (no on-primary)': municipalSite })) {
    for (const theme of ['light', 'dark', 'auto']) {
      it(`holds for the ${name} palette with theme="${theme}"${theme === 'auto' ? ' on a dark system' : ''}`, async () => {
        if (theme === 'auto') await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        expect(lowContrast(await formWith(palette, theme))).to.deep.equal([]);
      });
    }
  }

  it('derives the text on a filled button from any host primary colour: black on light ones, white on dark', async () => {
    const found: string[] = [];
    for (const primary of ['#0b3a63', '#1d6b3a', '#c2185b', '#f2b705', '#8cc2ff', '#7a7a7a', '#ff0000']) {
      for (const theme of ['light', 'dark']) {
        const el = await formWith({ '--kim-color-primary': primary }, theme);
        const button = one(el, '[part~="submit-button"]')!;
        const style = getComputedStyle(button);
        const ratio = contrast(style.color, style.backgroundColor);
        if (ratio < 4.5) found.push(`${primary} (${theme}): ${style.color} is ${ratio.toFixed(2)}:1`);
      }
    }
    expect(found).to.deep.equal([]);
  });

  it('picks black or white as well in browsers without contrast-color() (the Lab lightness fallback)', async () => {
    // The fallback as the stylesheet writes it, applied to each primary directly.
    const formula = /lab\(from var\(--_primary\)[^;]*?\)\)/.exec(baseStyles.cssText)?.[0].slice(0, -1);
    expect(formula, 'the fallback rule').to.be.a('string');
    const probe = await fixture<HTMLDivElement>(html`<div>Kirim laporan</div>`);
    const found: string[] = [];
    for (let i = 0; i < 4096; i += 7) {
      const primary = `#${[i >> 8, (i >> 4) & 15, i & 15].map((n) => (n * 17).toString(16).padStart(2, '0')).join('')}`;
      probe.style.background = primary;
      probe.style.color = formula!.replace('var(--_primary)', primary);
      const ratio = contrast(getComputedStyle(probe).color, primary);
      if (ratio < 4.5) found.push(`${primary}: ${ratio.toFixed(2)}:1`);
    }
    expect(found).to.deep.equal([]);
  });

  it('still lets a host set the text on the primary colour itself', async () => {
    const el = await formWith({ '--kim-color-primary': '#0b3a63', '--kim-color-on-primary': '#ffd54f' }, 'light');
    expect(rgb(getComputedStyle(one(el, '[part~="submit-button"]')!).color)).to.deep.equal([255, 213, 79]);
  });
});
