// Off-screen blocks of cards are skipped by the browser (`content-visibility: auto`) and sized meanwhile by an
// estimate. A fixed estimate was far off on phones (a 14,000 px page that jumped 2,000 px while scrolling), so the
// estimate is learnt from the blocks the reader has seen: their real height per row of cards, times the rows of each
// block. A block seen once keeps its real size (`auto`).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Cards per block: 1 to 4 columns divide it evenly. */
export const BLOCK_SIZE = 12;

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Writes `contain-intrinsic-block-size` for blocks of 1 to 12 cards into a sheet of the host's shadow root. */
export class BlockSizeEstimate implements ReactiveController {
  readonly #host: Host;
  readonly #sheet = new CSSStyleSheet();
  /** Height of a row of cards, gap included (px); before any block is seen, an average card on a phone. */
  #row = 272;
  /** The columns and gap the rules were written for. */
  #layout = '';

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  // The shadow root exists only once the element connects.
  get #root(): HTMLElement | DocumentFragment {
    return this.#host.renderRoot;
  }

  hostConnected(): void {
    const root = this.#root;
    if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(this.#sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    }
    root.addEventListener('contentvisibilityautostatechange', this.#learn);
  }

  hostDisconnected(): void {
    this.#root.removeEventListener('contentvisibilityautostatechange', this.#learn);
  }

  hostUpdated(): void {
    const block = this.#root.querySelector<HTMLElement>('.cards[data-n]');
    if (block) this.#write(block);
  }

  // A block the reader has come to is laid out for real: its height gives the size of a row at this width.
  readonly #learn = (event: Event): void => {
    const block = event.target as HTMLElement;
    if ((event as Event & { skipped?: boolean }).skipped || !block.dataset.n) return;
    const { columns, gap } = layoutOf(block);
    const height = block.getBoundingClientRect().height;
    if (height) this.#write(block, (height + gap) / Math.ceil(Number(block.dataset.n) / columns));
  };

  /** Rewrites the rules when the layout of `block` or the row height changed. */
  #write(block: HTMLElement, row = this.#row): void {
    const { columns, gap } = layoutOf(block);
    const layout = `${columns} ${gap} ${Math.round(row)}`;
    if (layout === this.#layout) return;
    this.#layout = layout;
    this.#row = row;
    let rules = '';
    for (let n = 1; n <= BLOCK_SIZE; n++) {
      rules += `.cards[data-n='${n}']{contain-intrinsic-block-size:auto ${Math.round(Math.ceil(n / columns) * row - gap)}px}`;
    }
    this.#sheet.replaceSync(rules);
  }
}

/** The number of columns and the row gap (px) of a block's grid. */
function layoutOf(block: HTMLElement): { columns: number; gap: number } {
  const style = getComputedStyle(block);
  return { columns: style.gridTemplateColumns.split(' ').length, gap: Number.parseFloat(style.rowGap) || 0 };
}
