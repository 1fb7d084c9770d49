// Off-screen blocks of cards are skipped by the browser (`content-visibility: auto`) and sized meanwhile by an
// estimate. A fixed estimate was far off on phones (a 14,000 px page that jumped 2,000 px while scrolling), so the
// estimate is learnt from the blocks the reader has seen: their real height per row of cards, times the rows of each
// block. A block seen once keeps its real size (`auto`).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Cards per block: 1 to 4 columns divide it evenly. */
export const BLOCK_SIZE = 12;

/** The height of a row of cards assumed before any block has been seen, in px (a card of average shape on a phone). */
const DEFAULT_ROW = 272;

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Writes `contain-intrinsic-block-size` for blocks of 1 to 12 cards into a sheet of the host's shadow root. */
export class BlockSizeEstimate implements ReactiveController {
  readonly #host: Host;
  readonly #sheet = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : undefined;
  /** Height of a row of cards, gap included, in px. */
  #row = DEFAULT_ROW;
  #columns = 0;
  #gap = 0;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The current estimate of a row of cards (px), gap included. */
  get rowSize(): number {
    return this.#row;
  }

  hostConnected(): void {
    const root = this.#host.renderRoot;
    if (this.#sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(this.#sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    root.addEventListener('contentvisibilityautostatechange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('contentvisibilityautostatechange', this.#onVisibility);
  }

  hostUpdated(): void {
    const block = this.#host.renderRoot.querySelector<HTMLElement>('.cards[data-n]');
    if (!block) return;
    const { columns, gap } = layoutOf(block);
    if (columns !== this.#columns || gap !== this.#gap) {
      this.#columns = columns;
      this.#gap = gap;
      this.#write();
    }
  }

  // A block the reader has come to is laid out for real: its height gives the size of a row at this width.
  readonly #onVisibility = (event: Event): void => {
    const block = event.target as HTMLElement;
    if ((event as Event & { skipped?: boolean }).skipped || !block.matches?.('.cards[data-n]')) return;
    const cards = Number(block.dataset.n);
    const { columns, gap } = layoutOf(block);
    const rows = Math.ceil(cards / columns);
    const height = block.getBoundingClientRect().height;
    if (!rows || !height) return;
    const row = (height + gap) / rows;
    if (Math.abs(row - this.#row) < 1 && columns === this.#columns) return;
    this.#row = row;
    this.#columns = columns;
    this.#gap = gap;
    this.#write();
  };

  #write(): void {
    if (!this.#sheet) return;
    const rules: string[] = [];
    for (let n = 1; n <= BLOCK_SIZE; n++) {
      const size = Math.max(0, Math.round(Math.ceil(n / this.#columns) * this.#row - this.#gap));
      rules.push(`.cards[data-n='${n}']{contain-intrinsic-block-size:auto ${size}px}`);
    }
    this.#sheet.replaceSync(rules.join('\n'));
  }
}

/** The number of columns and the row gap (px) of a block's grid. */
function layoutOf(block: HTMLElement): { columns: number; gap: number } {
  const style = getComputedStyle(block);
  const columns = style.gridTemplateColumns.split(' ').filter(Boolean).length || 1;
  return { columns, gap: Number.parseFloat(style.rowGap) || 0 };
}
