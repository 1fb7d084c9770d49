// WCAG 1.4.12: a reader's own text spacing (the bookmarklet a review uses: * { line-height: 1.5; letter-spacing:
// 0.12em; word-spacing: 0.16em } with !important) reaches the text inside every widget, and nothing spills out.
import { expect, fixture, html } from '@open-wc/testing';
import '../define/aspiration-form.js';
import '../define/aspiration-status.js';
import '../define/group-directory.js';
import '../define/news-feed.js';
import { trackingInProgress } from '../test-fixtures/aspirations.js';
import { all, overflowing, waitFor } from '../test-fixtures/dom.js';
import { clientOf, createFakeKimApi } from '../test-fixtures/fake-kim-api.js';

const READER_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';

const widgets: [string, string, string][] = [
  ['kim-news-feed', 'limit="3"', '[part~="item"]'],
  ['kim-group-directory', 'limit="3"', '[part~="card"]'],
  ['kim-aspiration-form', 'region="19.71"', 'select#categoryId:not([disabled])'],
  ['kim-aspiration-status', `tracking-code="${trackingInProgress.trackingCode}"`, '[part~="result"]'],
];

describe('text spacing set by the reader (WCAG 1.4.12)', () => {
  for (const [tag, attrs, ready] of widgets) {
    it(`reaches every line of text in <${tag}>, which still fits a 320 px column`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.style.width = '320px';
      const template = document.createElement('template');
      template.innerHTML = `<${tag} ${attrs}></${tag}>`;
      const el = template.content.firstElementChild as HTMLElement & {
        client: unknown;
        updateComplete: Promise<unknown>;
      };
      el.client = clientOf(createFakeKimApi());
      wrapper.append(el);
      await waitFor(el, ready);
      const style = document.createElement('style');
      style.textContent = READER_SPACING;
      document.head.append(style);
      try {
        await el.updateComplete;
        const host = getComputedStyle(el);
        const letter = Number.parseFloat(host.letterSpacing);
        const word = Number.parseFloat(host.wordSpacing);
        const short: string[] = [];
        const controls = 'input:not([type="checkbox"]):not([type="radio"]), select, textarea';
        for (const node of all(el, `p, label, legend, h1, h2, h3, h4, h5, h6, dt, dd, li, a, button, ${controls}`)) {
          if (
            (!node.textContent?.trim() && !node.matches(controls)) ||
            node.closest('.visually-hidden, [aria-hidden="true"]')
          )
            continue;
          const s = getComputedStyle(node);
          const size = Number.parseFloat(s.fontSize);
          const name = `${node.localName}.${node.className}`;
          if (Number.parseFloat(s.lineHeight) < size * 1.5 - 0.5) short.push(`${name} line-height ${s.lineHeight}`);
          if (Number.parseFloat(s.letterSpacing) < letter - 0.01)
            short.push(`${name} letter-spacing ${s.letterSpacing}`);
          if (Number.parseFloat(s.wordSpacing) < word - 0.01) short.push(`${name} word-spacing ${s.wordSpacing}`);
        }
        expect(letter).to.be.closeTo(16 * 0.12, 0.01);
        expect(short).to.deep.equal([]);
        expect(overflowing(el)).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });
  }
});
