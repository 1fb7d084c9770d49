// Page-wide defaults, set once by the host page so each widget needs no attributes.
import type { KimClient } from '@kim-kit/sdk';

/** Page-wide defaults for every widget on the page. */
export interface KimWidgetsConfig {
  /** Base URL of the KIM API, e.g. `https://kim.example.go.id`. */
  baseUrl?: string;
  /** A ready client; wins over `baseUrl`. */
  client?: KimClient;
  /** Default language when neither the element nor an ancestor has `lang`. */
  lang?: string;
}

let current: KimWidgetsConfig = {};

/**
 * Sets page-wide defaults. Widgets already on the page pick them up on their next request.
 * @example configure({ baseUrl: 'https://kim.pangkalpinangkota.go.id' })
 */
export function configure(config: KimWidgetsConfig): void {
  current = { ...current, ...config };
}

/** The current page-wide defaults. */
export function getConfig(): Readonly<KimWidgetsConfig> {
  return current;
}
