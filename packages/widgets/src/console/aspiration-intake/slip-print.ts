// Printing one slip from inside the console's shadow trees. `@page` rules apply only in the document's own style
// sheets, and a rule there cannot reach into a shadow root, so the slip being printed is a copy placed at the top of
// <body>, with a document sheet (adopted, which a strict CSP allows, unlike a <style> element) that shows only it
// on paper and sets the paper size. Everything else on the page keeps its place on screen.
import type { AspirationIntakeReceipt } from '@kim-kit/sdk';
import type { KimIntakeSlip, SlipPaper } from './intake-slip.js';

const HOST_CLASS = 'kim-intake-print';

/** Page size and margins per paper: A6, and a 58 mm roll (48 mm printable; the height is one slip's). */
const PAGE: Record<SlipPaper, string> = {
  a6: 'size: A6 portrait; margin: 8mm;',
  '58mm': 'size: 58mm 160mm; margin: 3mm 5mm;',
};

function sheetFor(paper: SlipPaper): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    @media screen { .${HOST_CLASS} { display: none !important; } }
    @media print {
      @page { ${PAGE[paper]} }
      body > :not(.${HOST_CLASS}) { display: none !important; }
      body { margin: 0 !important; background: #fff !important; }
    }
  `);
  return sheet;
}

/**
 * Keeps the print copy of the slip in the document while a slip is shown: `show()` puts (or updates) it, `clear()`
 * takes it away. One copy per page: the last widget to show one wins.
 */
export class SlipPrintCopy {
  #host?: HTMLElement;
  #sheet?: CSSStyleSheet;

  /** Shows `receipt` on paper from now on, laid out for `paper`. */
  show(receipt: AspirationIntakeReceipt, options: { paper: SlipPaper; trackerUrl: string; lang: string }): void {
    this.clear();
    const host = document.createElement('div');
    host.className = HOST_CLASS;
    const slip = document.createElement('kim-intake-slip') as KimIntakeSlip;
    slip.receipt = receipt;
    slip.trackerUrl = options.trackerUrl;
    slip.paper = options.paper;
    slip.lang = options.lang;
    host.append(slip);
    document.body.prepend(host);
    this.#host = host;
    this.#sheet = sheetFor(options.paper);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
  }

  /** Removes the print copy and its sheet. */
  clear(): void {
    this.#host?.remove();
    this.#host = undefined;
    const sheet = this.#sheet;
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    this.#sheet = undefined;
  }

  /** Whether a copy is in the document. */
  get shown(): boolean {
    return this.#host?.isConnected ?? false;
  }
}
