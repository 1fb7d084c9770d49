// Which API a widget talks to, decided in one place: the client to call, the client for lists, and the scope that
// names the API in storage keys (the form's drafts and outbox).
import { composeKimClient, type KimClient, type ResourceFactory } from '@kim-kit/sdk';
import type { ApiBase, ApiBaseSource } from './api-origin.js';

/**
 * The SDK resources a widget calls, by name (`{ news: newsResource }`). A client the widgets make from a URL has only
 * these, so that a page bundles no other part of the SDK (the feed's CDN file: about 2 KB less min+gzip).
 */
export type Resources = Record<string, ResourceFactory>;

/**
 * A resolved API, with a client of type `C` (the widget's resources, or a whole `KimClient` the host made). The same
 * inputs give the same object, so a task keyed on it reruns only when the API changes.
 */
export interface ApiSource<C = KimClient> {
  /** The client for every call; the SDK validates each response against the contract. */
  readonly client: C;
  /**
   * The client for list pages. For a client the widgets made from a URL, it skips the SDK's check of the page as a
   * whole and the widget checks each item (`validItems`), so one bad item does not hide a whole list. A client the
   * host made is used as it is, with its own validation setting.
   */
  readonly lists: C;
  /** Whether the widget must check list items itself (`lists` does not validate). */
  readonly checkItems: boolean;
  /**
   * Names the API in storage keys, stable across page loads: `url:<absolute base URL>` for a base URL, `client:<n>`
   * for a client object (numbered in the order the page first hands it to a widget).
   */
  readonly scope: string;
  /**
   * The base URL and where it came from, for a client the widgets made from a URL: what `diagnoseFailure` checks
   * when a request fails in a way a KIM API would not. `undefined` for a client the host made.
   */
  readonly address?: ApiBase;
}

/** Where a widget may get its API from, strongest first. */
export interface ApiChoices {
  /** The element's `client` property. */
  client?: KimClient | undefined;
  /** The element's `api-base` attribute. */
  apiBase?: string | undefined;
  /** `configure({ client })`. */
  configuredClient?: KimClient | undefined;
  /** `configure({ baseUrl })`. */
  configuredBaseUrl?: string | undefined;
  /** The KIM server the CDN file of this copy of the widgets came from (see `useScriptOrigin`). */
  scriptBaseUrl?: string | undefined;
  /** What a client made from a URL consists of. */
  resources: Resources;
}

const byUrl = new Map<string, ApiSource<unknown>>();
const byClient = new WeakMap<KimClient, ApiSource>();
let clientCount = 0;

/** The API source of a client the host made. */
function fromClient(client: KimClient): ApiSource {
  let source = byClient.get(client);
  if (!source) {
    clientCount += 1;
    source = { client, lists: client, checkItems: false, scope: `client:${clientCount}` };
    byClient.set(client, source);
  }
  return source;
}

/** The API source of a base URL (relative URLs resolve against the page), or `undefined` when it does not parse. */
function fromUrl(base: string, from: ApiBaseSource, resources: Resources): ApiSource<unknown> | undefined {
  let url: string;
  let source: ApiSource<unknown> | undefined;
  try {
    url = new URL(base, document.baseURI).href;
    const key = `${from} ${Object.keys(resources).sort().join(',')} ${url}`;
    source = byUrl.get(key);
    if (!source) {
      // The SDK refuses a base URL it cannot call (no http(s) scheme): the widget then has no API, and says so.
      source = {
        client: composeKimClient({ baseUrl: url }, resources),
        lists: composeKimClient({ baseUrl: url, validate: false }, resources),
        checkItems: true,
        scope: `url:${url}`,
        address: { url: url.replace(/\/*$/, '/'), source: from },
      };
      byUrl.set(key, source);
    }
  } catch {
    return undefined;
  }
  return source;
}

/**
 * The API a widget uses: its own `client`, else its `api-base`, else the page-wide client, else the page-wide base
 * URL, else the KIM server its CDN file came from.
 */
export function resolveApi<C>(choices: ApiChoices): ApiSource<C> | undefined {
  const { resources } = choices;
  let source: ApiSource<unknown> | undefined;
  if (choices.client) source = fromClient(choices.client);
  else if (choices.apiBase) source = fromUrl(choices.apiBase, 'api-base', resources);
  else if (choices.configuredClient) source = fromClient(choices.configuredClient);
  else if (choices.configuredBaseUrl) source = fromUrl(choices.configuredBaseUrl, 'configure', resources);
  else if (choices.scriptBaseUrl) source = fromUrl(choices.scriptBaseUrl, 'script', resources);
  // A whole KimClient has every resource a widget's client type names.
  return source as ApiSource<C> | undefined;
}
