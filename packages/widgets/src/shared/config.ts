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

// Kept on the page rather than in this module: a page may load several widget files (kim-news-feed.js and
// kim-aspiration-form.js, or one of them beside kim-widgets.js), each with its own copy of this module, and
// `configure()` from any of them must reach every widget.
const KEY = Symbol.for('@kim-kit/widgets/config');
const page = globalThis as { [KEY]?: { config: KimWidgetsConfig } };
page[KEY] ??= { config: {} };
const shared = page[KEY];

/**
 * Sets page-wide defaults. Widgets already on the page pick them up on their next request.
 * @example configure({ baseUrl: 'https://kim.pangkalpinangkota.go.id' })
 */
export function configure(config: KimWidgetsConfig): void {
  shared.config = { ...shared.config, ...config };
}

/** The current page-wide defaults. */
export function getConfig(): Readonly<KimWidgetsConfig> {
  return shared.config;
}
