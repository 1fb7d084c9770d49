import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { collectProblems } from '../support/browser.js';
import { newContext } from '../support/hooks.js';

/** Computed styles that a page could leak into a widget, for a sample of elements inside each widget. */
function sampleStyles(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(() => {
    const properties = [
      'font-family',
      'font-size',
      'font-style',
      'font-weight',
      'text-transform',
      'text-align',
      'text-indent',
      'text-shadow',
      'color',
      'background-color',
      'border-top-style',
      'border-top-width',
      'border-radius',
      'padding-top',
      'box-sizing',
    ];
    const samples: Record<string, Record<string, string>> = {};
    for (const widget of document.querySelectorAll(
      'kim-news-feed, kim-group-directory, kim-aspiration-form, kim-aspiration-status',
    )) {
      const root = widget.shadowRoot;
      if (!root) continue;
      const picks = {
        base: root.querySelector('[part~="base"]'),
        button: root.querySelector('button'),
        field: root.querySelector('input:not([type="checkbox"]):not([type="radio"]), select, textarea'),
        image: root.querySelector('img'),
        heading: root.querySelector('h2, h3'),
        text: root.querySelector('p'),
      };
      for (const [name, el] of Object.entries(picks)) {
        if (!el) continue;
        const style = getComputedStyle(el);
        const sample = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
        // The host's width is the page's business; the shape of what is inside is not.
        const rect = el.getBoundingClientRect();
        if (name === 'image') sample.aspect = (rect.width / rect.height).toFixed(2);
        samples[`${widget.localName} ${name}`] = sample;
      }
    }
    return samples;
  });
}

describe('municipal site: hostile.html (an aggressive CMS stylesheet)', () => {
  let context: BrowserContext;
  afterEach(async () => {
    await context?.close();
  });

  it('the widgets look the same with and without the page stylesheet', async () => {
    context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto('/hostile.html');
    await page.locator('kim-news-feed [part~="image"]').first().waitFor();
    await page.locator('kim-group-directory [part~="card"]').first().waitFor();
    await page.locator('kim-aspiration-form [part~="submit-button"]').waitFor();
    await page.locator('kim-aspiration-status [part~="input"]').waitFor();

    const hostile = await sampleStyles(page);
    await page.evaluate(() => {
      for (const sheet of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) sheet.disabled = true;
    });
    const plain = await sampleStyles(page);

    expect(Object.keys(plain).length, 'elements sampled').to.be.at.least(16);
    const differences = Object.keys(plain).flatMap((element) =>
      Object.keys(plain[element]!)
        .filter((p) => hostile[element]?.[p] !== plain[element]![p])
        .map((p) => `${element} ${p}: ${hostile[element]?.[p]} (hostile) vs ${plain[element]![p]} (plain)`),
    );
    expect(differences, differences.join('\n')).to.deep.equal([]);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('lets the page’s text spacing reach the text, as a reader’s own settings must (WCAG 1.4.12)', async () => {
    context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    await page.goto('/hostile.html');
    await page.locator('kim-aspiration-form [part~="submit-button"]').waitFor();
    // No named functions inside evaluate: the test compiler would wrap them in a helper the page does not have.
    const [host, hint] = await page.evaluate(() => {
      const form = document.querySelector('kim-aspiration-form')!;
      return [form, form.shadowRoot!.querySelector('.hint')!].map((el) => {
        const s = getComputedStyle(el);
        return {
          letter: s.letterSpacing,
          word: s.wordSpacing,
          line: Number.parseFloat(s.lineHeight) / Number.parseFloat(s.fontSize),
        };
      });
    });
    // hostile.css sets * { line-height: 2.4; letter-spacing: 0.06em; word-spacing: 0.3em }.
    expect(hint!.letter).to.equal(host!.letter);
    expect(hint!.word).to.equal(host!.word);
    expect(hint!.line).to.be.closeTo(2.4, 0.01);
  });
});
