// Page-wide defaults, set once by the host page so each widget needs no attributes.
import { createKimClient, type KimClient } from '@kim-kit/sdk';
import { type ApiBase, scriptApiBase } from './api-origin.js';

/** Page-wide defaults for every widget on the page. */
export interface KimWidgetsConfig {
  /** Base URL of the KIM API, e.g. `https://kim.example.go.id`. */
  baseUrl?: string;
  /** A ready client; wins over `baseUrl`. */
  client?: KimClient;
  /** Default language when neither the element nor an ancestor has `lang`. */
  lang?: string;
}

interface SharedConfig {
  config: KimWidgetsConfig;
  /** Bumped by every `configure()`, so each copy knows when to drop the client it made. */
  version: number;
}

// Kept on the page rather than in this module: a page may load several widget files (kim-news-feed.js and
// kim-aspiration-form.js, or one of them beside kim-widgets.js), each with its own copy of this module, and
// `configure()` from any of them must reach every widget.
const KEY = Symbol.for('@kim-kit/widgets/config');
const page = globalThis as { [KEY]?: SharedConfig };
page[KEY] ??= { config: {}, version: 0 };
const shared: SharedConfig = page[KEY];

let cachedDefault: { version: number; baseUrl: string; client: KimClient } | undefined;

/**
 * Sets page-wide defaults. Widgets already on the page pick them up on their next request.
 * @example configure({ baseUrl: 'https://kim.pangkalpinangkota.go.id' })
 */
export function configure(config: KimWidgetsConfig): void {
  shared.config = { ...shared.config, ...config };
  shared.version++;
}

/** The current page-wide defaults. */
export function getConfig(): Readonly<KimWidgetsConfig> {
  return shared.config;
}

/** `url` made absolute against the page and ending in `/`, as the SDK reads a base URL. */
export function absoluteBase(url: string): string {
  return new URL(url, document.baseURI).href.replace(/\/*$/, '/');
}

/**
 * The page-wide API address and where it came from: `configure({ baseUrl })`, else the kim-server this copy of the
 * widgets was loaded from. `undefined` when `configure({ client })` gave a ready client, or nothing is set.
 */
export function defaultApiBase(): ApiBase | undefined {
  const { client, baseUrl } = shared.config;
  if (client) return undefined;
  if (baseUrl) return { url: absoluteBase(baseUrl), source: 'configure' };
  const fromScript = scriptApiBase();
  return fromScript ? { url: fromScript, source: 'script' } : undefined;
}

/** The page-wide client: the configured one, or one made from {@link defaultApiBase}. */
export function defaultClient(): KimClient | undefined {
  if (shared.config.client) return shared.config.client;
  const base = defaultApiBase();
  if (!base) return undefined;
  if (cachedDefault?.version !== shared.version || cachedDefault.baseUrl !== base.url) {
    cachedDefault = { version: shared.version, baseUrl: base.url, client: createKimClient({ baseUrl: base.url }) };
  }
  return cachedDefault.client;
}
